variable "region" {
  type    = string
  default = "us-east-1"
}

variable "environment" {
  type    = string
  default = "dev"
}

variable "vpc_cidr" {
  type    = string
  default = "10.0.0.0/16"
}

variable "instances" {
  type = map(object({
    instance_type = string
    public        = optional(bool, false)
  }))
  default = {
    api = { instance_type = "t3.micro" }
  }
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = "changeme-not-a-real-password"
}

variable "ssh_cidrs" {
  type    = list(string)
  default = ["10.0.0.0/8"]
}
