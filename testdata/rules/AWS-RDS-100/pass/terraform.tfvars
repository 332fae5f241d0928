reports_password = "set-by-the-pipeline"
