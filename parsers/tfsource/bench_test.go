package tfsource

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/hashicorp/hcl/v2/hclparse"
)

// writeBenchDir writes n .tf files shaped like a large flat root module:
// variables, locals, resources with nested blocks, count, references and
// the odd suppression comment.
func writeBenchDir(b *testing.B, n int) string {
	b.Helper()
	dir := b.TempDir()
	for i := 0; i < n; i++ {
		src := fmt.Sprintf(`variable "name_%[1]d" {
  type    = string
  default = "svc-%[1]d"
}

locals {
  tags_%[1]d = merge({ Service = var.name_%[1]d }, { Index = "%[1]d" })
}

resource "aws_security_group" "sg_%[1]d" {
  name   = var.name_%[1]d
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.%[2]d.0.0/16", cidrsubnet("10.0.0.0/8", 8, %[2]d)]
  }

  tags = local.tags_%[1]d
}

# iacvet:ignore AWS-EC2-001 benchmark fixture
resource "aws_instance" "vm_%[1]d" {
  count                  = 2
  ami                    = "ami-0abcdef1234567890"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.sg_%[1]d.id]

  metadata_options {
    http_tokens = "required"
  }

  tags = merge(local.tags_%[1]d, { Name = "${var.name_%[1]d}-${count.index}" })
}
`, i, i%256)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("svc_%04d.tf", i)), []byte(src), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return dir
}

func BenchmarkParseDir2000(b *testing.B) {
	dir := writeBenchDir(b, 2000)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		rs, diags := ParseDir(context.Background(), dir, Options{Region: "us-east-1"})
		if len(rs) != 6000 || diags.HasErrors() {
			b.Fatalf("%d resources, %v", len(rs), diags)
		}
	}
}

// BenchmarkHCLParseFloor only reads and parses the same files: the floor
// under ParseDir.
func BenchmarkHCLParseFloor(b *testing.B) {
	dir := writeBenchDir(b, 2000)
	entries, err := os.ReadDir(dir)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		p := hclparse.NewParser()
		for _, e := range entries {
			src, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				b.Fatal(err)
			}
			if _, diags := p.ParseHCL(src, e.Name()); diags.HasErrors() {
				b.Fatal(diags)
			}
		}
	}
}
