provider "aws" {
  region = "eu-west-1"
}

variable "extra_sg_ids" {
  type    = list(string)
  default = ["sg-0123456789abcdef0"]
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "a" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_subnet" "b" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.2.0/24"
}

resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = aws_vpc.main.id
}

resource "aws_security_group" "ssh" {
  name   = "ssh"
  vpc_id = aws_vpc.main.id
}

resource "aws_security_group" "pool" {
  count  = 2
  name   = "pool-${count.index}"
  vpc_id = aws_vpc.main.id
}

# Two groups: one unknown per group.
resource "aws_instance" "two" {
  ami                    = "ami-0c02fb55956c7d316"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.a.id
  vpc_security_group_ids = [aws_security_group.web.id, aws_security_group.ssh.id]
  user_data              = join(",", [aws_security_group.web.id, aws_security_group.ssh.id])
}

# One group: a single unknown.
resource "aws_instance" "one" {
  ami                    = "ami-0c02fb55956c7d316"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.web.id]
}

# Instances of a counted group named one by one.
resource "aws_instance" "keyed" {
  ami                    = "ami-0c02fb55956c7d316"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.pool[0].id, aws_security_group.pool[1].id]
}

# A splat: how many groups is not known from the plan.
resource "aws_instance" "splat" {
  ami                    = "ami-0c02fb55956c7d316"
  instance_type          = "t3.micro"
  vpc_security_group_ids = aws_security_group.pool[*].id
}

# Groups mixed with a variable.
resource "aws_instance" "mixed" {
  ami                    = "ami-0c02fb55956c7d316"
  instance_type          = "t3.micro"
  vpc_security_group_ids = concat([aws_security_group.web.id, aws_security_group.ssh.id], var.extra_sg_ids)
}

resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  security_groups    = [aws_security_group.web.id, aws_security_group.ssh.id]
  subnets            = [aws_subnet.a.id, aws_subnet.b.id]
}

module "app" {
  source = "./modules/app"
  vpc_id = aws_vpc.main.id
}
