resource "aws_instance" {
  ami = "ami-123"
}

resource "aws_instance" "fine" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
}
