webhook_token = "set-by-the-pipeline"
