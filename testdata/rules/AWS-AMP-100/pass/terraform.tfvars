preview_password = "set-by-the-pipeline"
