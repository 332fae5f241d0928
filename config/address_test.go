package config

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

func TestAddressPatternMatch(t *testing.T) {
	cases := []struct {
		pattern string
		match   []string
		nomatch []string
	}{
		{
			pattern: "aws_s3_bucket.logs",
			match:   []string{"aws_s3_bucket.logs", "aws_s3_bucket.logs[0]", `aws_s3_bucket.logs["eu"]`},
			nomatch: []string{"aws_s3_bucket.logs2", "aws_s3_bucket.log", "module.a.aws_s3_bucket.logs", "data.aws_s3_bucket.logs", "aws_s3_bucket_policy.logs", ""},
		},
		{
			pattern: "aws_instance.web[0]",
			match:   []string{"aws_instance.web[0]"},
			nomatch: []string{"aws_instance.web[1]", "aws_instance.web", "aws_instance.web[10]", `aws_instance.web["0"]`},
		},
		{
			pattern: "aws_instance.web[*]",
			match:   []string{"aws_instance.web[0]", "aws_instance.web[12]", `aws_instance.web["a"]`},
			nomatch: []string{"aws_instance.web"},
		},
		{
			pattern: `aws_iam_role.svc["prod-*"]`,
			match:   []string{`aws_iam_role.svc["prod-api"]`, `aws_iam_role.svc["prod-"]`},
			nomatch: []string{`aws_iam_role.svc["dev-api"]`, "aws_iam_role.svc[0]", "aws_iam_role.svc"},
		},
		{
			pattern: "module.workers[*].*",
			match:   []string{"module.workers[0].aws_instance.node", `module.workers["a"].aws_launch_template.this[0]`, "module.workers[3].data.aws_ami.al2"},
			nomatch: []string{"module.workers.aws_instance.node", "module.workers[0].module.asg.aws_autoscaling_group.this", "module.workers_v2[0].aws_instance.node", "aws_instance.node"},
		},
		{
			pattern: "module.workers.*",
			match:   []string{"module.workers.aws_instance.node", "module.workers[1].aws_instance.node", `module.workers["x"].aws_eip.this["a.b"]`},
			nomatch: []string{"module.workers.module.x.aws_instance.node"},
		},
		{
			pattern: "module.workers.**",
			match:   []string{"module.workers.aws_instance.node", "module.workers[1].module.asg.module.lt.aws_launch_template.this"},
			nomatch: []string{"module.other.aws_instance.node", "aws_instance.node"},
		},
		{
			pattern: "module.app",
			match:   []string{`module.app["prod"].aws_instance.web[0]`, "module.app.module.db.aws_db_instance.main"},
			nomatch: []string{"module.application.aws_instance.web", "module.x.module.app.aws_instance.web"},
		},
		{
			pattern: `module.app["prod"].aws_instance.web[0]`,
			match:   []string{`module.app["prod"].aws_instance.web[0]`},
			nomatch: []string{`module.app["dev"].aws_instance.web[0]`, `module.app["prod"].aws_instance.web[1]`, "module.app.aws_instance.web[0]"},
		},
		{
			pattern: `module.app["prod"].**`,
			match:   []string{`module.app["prod"].aws_instance.web[0]`, `module.app["prod"].module.net.aws_vpc.this`},
			nomatch: []string{`module.app["staging"].aws_instance.web[0]`, "module.app.aws_instance.web"},
		},
		{
			pattern: "**.aws_s3_bucket.logs",
			match:   []string{"aws_s3_bucket.logs", "module.a.aws_s3_bucket.logs", `module.a[0].module.b["x"].aws_s3_bucket.logs[2]`},
			nomatch: []string{"module.a.aws_s3_bucket.logs_archive", "module.logs.aws_s3_bucket.data"},
		},
		{
			pattern: "**.aws_s3_bucket.*",
			match:   []string{"aws_s3_bucket.a", "module.m.aws_s3_bucket.b[0]"},
			nomatch: []string{"aws_s3_bucket_policy.a", "module.m.data.aws_s3_bucket.b"},
		},
		{
			pattern: "module.*.aws_security_group.web",
			match:   []string{"module.a.aws_security_group.web", "module.b[0].aws_security_group.web"},
			nomatch: []string{"aws_security_group.web", "module.a.module.b.aws_security_group.web"},
		},
		{
			pattern: "*.web",
			match:   []string{"aws_instance.web", "aws_eip.web[1]"},
			nomatch: []string{"aws_instance.web2", "data.aws_instance.web", "module.web.aws_instance.x"},
		},
		{
			pattern: "aws_*",
			match:   []string{"aws_instance.web", "aws_s3_bucket.logs[0]"},
			nomatch: []string{"module.a.aws_instance.web", "google_compute_instance.vm"},
		},
		{
			pattern: "*",
			match:   []string{"aws_instance.web", "data.aws_ami.al2", "LogsBucket", "module.a"},
			nomatch: []string{"module.a.aws_instance.web", "Parent/Child"},
		},
		{
			pattern: "**",
			match:   []string{"aws_instance.web", "module.a.module.b.aws_instance.web[0]", "LogsBucket", "Nested/Inner/Bucket"},
		},
		{
			pattern: "data.aws_iam_policy_document.*",
			match:   []string{"data.aws_iam_policy_document.assume", `data.aws_iam_policy_document.each["x"]`},
			nomatch: []string{"aws_iam_policy_document.assume", "module.a.data.aws_iam_policy_document.assume", "data.aws_iam_policy.assume"},
		},
		{
			pattern: "**.data.*.*",
			match:   []string{"data.aws_ami.al2", "module.m.data.aws_caller_identity.current"},
			nomatch: []string{"aws_ami.al2"},
		},
		{
			pattern: "*.**",
			match:   []string{"module.a.aws_instance.web", "aws_instance.web"},
		},
		// CloudFormation logical ids, nested stacks and CDK stacks.
		{
			pattern: "LogsBucket",
			match:   []string{"LogsBucket"},
			nomatch: []string{"LogsBucketPolicy", "Nested/LogsBucket", "aws_s3_bucket.LogsBucket"},
		},
		{
			pattern: "Logs*",
			match:   []string{"LogsBucket", "LogsBucketPolicy"},
			nomatch: []string{"AppLogsBucket", "Nested/LogsBucket"},
		},
		{
			pattern: "NetworkStack/*",
			match:   []string{"NetworkStack/Vpc", "NetworkStack/PublicSubnet1"},
			nomatch: []string{"NetworkStack", "NetworkStack/Inner/Vpc", "AppStack/Vpc"},
		},
		{
			pattern: "**/WebSecurityGroup",
			match:   []string{"WebSecurityGroup", "AppStack/WebSecurityGroup", "App-dev/Nested/WebSecurityGroup"},
			nomatch: []string{"AppStack/WebSecurityGroupIngress"},
		},
		{
			pattern: "App-*/**",
			match:   []string{"App-dev/Bucket", "App-prod/Nested/Queue"},
			nomatch: []string{"Network-dev/Bucket"},
		},
	}
	for _, tc := range cases {
		t.Run(tc.pattern, func(t *testing.T) {
			p, err := ParseAddressPattern(tc.pattern)
			if err != nil {
				t.Fatalf("parse: %v", err)
			}
			for _, a := range tc.match {
				if !p.Match(a) {
					t.Errorf("%s should match %s", tc.pattern, a)
				}
			}
			for _, a := range tc.nomatch {
				if p.Match(a) {
					t.Errorf("%s should not match %s", tc.pattern, a)
				}
			}
		})
	}
}

func TestAddressPatternErrors(t *testing.T) {
	cases := []struct{ pattern, err string }{
		{"", "empty pattern"},
		{"aws_s3_bucket.log?", "? is not a wildcard"},
		{"aws_s3_bucket.[abc]", "an index follows a name"},
		{"aws_s3_bucket.logs[abc]", "an index is a count number"},
		{"module.app[prod].*", "quoted for_each key"},
		{"aws_instance.web[]", "empty index"},
		{"aws_instance.web[0", "[ without ]"},
		{"aws_instance.web0]", "] without ["},
		{`aws_instance.web["a]`, "unterminated quote"},
		{`aws_instance."web"`, "quote outside brackets"},
		{"aws_instance.web[0][1]", "one index per step"},
		{`aws_instance.web["a"]["b"]`, "one index per step"},
		{"aws_instance.web[[0]]", "nested brackets"},
		{"aws_instance.web[0]x", "nothing may follow an index"},
		{"module..aws_instance.web", "empty step"},
		{"module.app.", "empty step"},
		{".aws_instance.web", "empty step"},
		{"module", "module needs a name"},
		{"data.aws_ami", "data.TYPE.NAME"},
		{"module[0].app.*", "the index goes after the module's name"},
		{"aws_instance[0].web", "the index goes after the resource's name"},
		{"module.app**", "** stands alone"},
		{"module.***", "** stands alone"},
		{"aws_instance.**web", "** stands alone"},
		{"**[0]", "takes no index"},
		{"aws_instance.web name", "spaces"},
		{"Stack/aws_instance.web", "not both"},
		{"Stack/module", "not both"},
		{"aws_instance.we{b}", "cannot appear"},
		{"aws_instance.module", "a module call is module.NAME"},
	}
	for _, tc := range cases {
		t.Run(tc.pattern, func(t *testing.T) {
			_, err := ParseAddressPattern(tc.pattern)
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Fatalf("error %v, want %q", err, tc.err)
			}
		})
	}
}

// TestAddressPatternDocs: every example in the documentation's pattern
// table holds.
func TestAddressPatternDocs(t *testing.T) {
	data, err := os.ReadFile("../docs/suppressions.md")
	if err != nil {
		t.Fatal(err)
	}
	code := regexp.MustCompile("`([^`]+)`")
	rows := 0
	for _, line := range strings.Split(string(data), "\n") {
		cells := strings.Split(line, "|")
		if len(cells) != 5 || !strings.HasPrefix(strings.TrimSpace(cells[1]), "`") {
			continue
		}
		m := code.FindStringSubmatch(cells[1])
		if m == nil {
			continue
		}
		p, err := ParseAddressPattern(m[1])
		if err != nil {
			t.Errorf("docs: %s: %v", m[1], err)
			continue
		}
		rows++
		for _, a := range code.FindAllStringSubmatch(cells[2], -1) {
			if !p.Match(a[1]) {
				t.Errorf("docs: %s should match %s", m[1], a[1])
			}
		}
		for _, a := range code.FindAllStringSubmatch(cells[3], -1) {
			if p.Match(a[1]) {
				t.Errorf("docs: %s should not match %s", m[1], a[1])
			}
		}
	}
	if rows < 10 {
		t.Fatalf("read %d example rows from docs/suppressions.md; the table moved?", rows)
	}
}
