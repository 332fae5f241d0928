module "logs" {
  source = "./modules/bucket"
  count  = 2
  name   = "iacvet-it-logs-${count.index}"
}

module "data" {
  source   = "./modules/bucket"
  for_each = toset(["raw", "curated"])
  name     = "iacvet-it-data-${each.key}"
}

module "stack" {
  source = "./modules/stack"
}
