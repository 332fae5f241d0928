environment = "prod"
instances = {
  api    = { instance_type = "t3.large" }
  worker = { instance_type = "m5.xlarge", public = true }
}
