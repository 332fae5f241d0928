vpc_cidr = "172.20.0.0/16"
instances = {
  api = { instance_type = "t3.small" }
}
undeclared = "x"
