provider "aws" {
  region = "us-east-1"
}

resource "aws_elasticache_replication_group" "cache" {
  replication_group_id = "cache"
  description = "cache"
  engine = "redis"
  node_type = "cache.t4g.small"
  num_cache_clusters = 2
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
}
