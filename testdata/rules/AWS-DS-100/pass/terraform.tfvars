directory_admin_password = "set-by-the-pipeline-1"
