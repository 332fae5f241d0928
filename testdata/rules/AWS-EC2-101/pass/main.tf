provider "aws" {
  region = "us-east-1"
}

resource "aws_launch_template" "web" {
  name          = "web"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  user_data     = base64encode("#!/bin/bash\ngit clone https://git.example.org/acme/web.git /srv/web\n")
}

resource "aws_launch_configuration" "batch" {
  name          = "batch"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  user_data     = "#!/bin/bash\nAPI_TOKEN=$(aws ssm get-parameter --name /batch/api-token --with-decryption --query Parameter.Value --output text)\nexport API_TOKEN\n/opt/batch/run\n"
}
