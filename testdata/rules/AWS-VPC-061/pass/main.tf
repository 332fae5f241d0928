provider "aws" {
  region = "us-east-1"
}

resource "aws_vpc" "app" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc_peering_connection" "shared" {
  vpc_id        = aws_vpc.app.id
  peer_vpc_id   = "vpc-0fedcba9876543210"
  peer_owner_id = "210987654321"
}

resource "aws_route_table" "app" {
  vpc_id = aws_vpc.app.id

  route {
    cidr_block                = "10.20.0.0/16"
    vpc_peering_connection_id = aws_vpc_peering_connection.shared.id
  }
}

# The default route goes to the internet gateway, not the peer.
resource "aws_route" "default" {
  route_table_id         = aws_route_table.app.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = "igw-0abc1234def567890"
}
