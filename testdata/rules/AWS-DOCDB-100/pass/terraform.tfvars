archive_password = "set-by-the-pipeline"
