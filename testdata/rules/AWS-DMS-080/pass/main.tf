provider "aws" {
  region = "us-east-1"
}

resource "aws_dms_replication_instance" "migrate" {
  replication_instance_id    = "migrate"
  replication_instance_class = "dms.t3.medium"
  allocated_storage          = 50
  publicly_accessible        = false
}

resource "aws_dms_endpoint" "source" {
  endpoint_id                     = "source"
  endpoint_type                   = "source"
  engine_name                     = "postgres"
  database_name                   = "orders"
  secrets_manager_arn             = "arn:aws:secretsmanager:us-east-1:111122223333:secret:dms-source-a1b2c3"
  secrets_manager_access_role_arn = "arn:aws:iam::111122223333:role/dms-secrets"
  ssl_mode                        = "require"
}

resource "aws_dms_endpoint" "target" {
  endpoint_id                     = "target"
  endpoint_type                   = "target"
  engine_name                     = "aurora-postgresql"
  database_name                   = "orders"
  secrets_manager_arn             = "arn:aws:secretsmanager:us-east-1:111122223333:secret:dms-target-a1b2c3"
  secrets_manager_access_role_arn = "arn:aws:iam::111122223333:role/dms-secrets"
  ssl_mode                        = "require"
}

resource "aws_dms_replication_task" "orders" {
  replication_task_id      = "orders"
  migration_type           = "full-load-and-cdc"
  replication_instance_arn = aws_dms_replication_instance.migrate.replication_instance_arn
  source_endpoint_arn      = aws_dms_endpoint.source.endpoint_arn
  target_endpoint_arn      = aws_dms_endpoint.target.endpoint_arn
  table_mappings = jsonencode({
    rules = [{
      "rule-type"      = "selection"
      "rule-id"        = "1"
      "rule-name"      = "all"
      "object-locator" = { "schema-name" = "public", "table-name" = "%" }
      "rule-action"    = "include"
    }]
  })
  replication_task_settings = jsonencode({
    Logging = {
      EnableLogging = true
      LogComponents = [
        { Id = "SOURCE_CAPTURE", Severity = "LOGGER_SEVERITY_DEFAULT" },
        { Id = "SOURCE_UNLOAD", Severity = "LOGGER_SEVERITY_DEFAULT" },
        { Id = "TARGET_APPLY", Severity = "LOGGER_SEVERITY_DEBUG" },
        { Id = "TARGET_LOAD", Severity = "LOGGER_SEVERITY_DEFAULT" },
        { Id = "TRANSFORMATION", Severity = "LOGGER_SEVERITY_ERROR" },
      ]
    }
  })
}
