package mapping

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/iacvet/iacvet/model"
)

// Deprecated inline shapes of aws_s3_bucket (provider v3/v4) map to the
// properties the split resources give, and an inline policy is a bucket
// policy of its own.
func TestS3InlineShapes(t *testing.T) {
	b := tf("aws_s3_bucket.b", "aws_s3_bucket", map[string]any{
		"bucket":     "logs",
		"acl":        "public-read",
		"policy":     `{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"}]}`,
		"versioning": []any{map[string]any{"enabled": true, "mfa_delete": false}},
		"logging":    []any{map[string]any{"target_bucket": "audit", "target_prefix": "b/"}},
		"server_side_encryption_configuration": []any{map[string]any{"rule": []any{map[string]any{
			"apply_server_side_encryption_by_default": []any{map[string]any{"sse_algorithm": "aws:kms", "kms_master_key_id": "k"}}}}}},
		"website": []any{map[string]any{"index_document": "index.html", "error_document": "error.html"}},
		"lifecycle_rule": []any{map[string]any{"id": "expire", "enabled": true, "prefix": "tmp/",
			"abort_incomplete_multipart_upload_days": json.Number("7"),
			"expiration":                             []any{map[string]any{"days": json.Number("30")}},
			"transition":                             []any{map[string]any{"days": json.Number("10"), "storage_class": "GLACIER"}}}},
		"cors_rule": []any{map[string]any{"allowed_methods": []any{"GET"}, "allowed_origins": []any{"*"}, "max_age_seconds": json.Number("60")}},
		"object_lock_configuration": []any{map[string]any{"object_lock_enabled": "Enabled",
			"rule": []any{map[string]any{"default_retention": []any{map[string]any{"mode": "GOVERNANCE", "days": json.Number("1")}}}}}},
		"replication_configuration": []any{map[string]any{"role": "arn:aws:iam::1:role/r", "rules": []any{map[string]any{
			"id": "all", "status": "Enabled", "destination": []any{map[string]any{"bucket": "arn:aws:s3:::dst", "replica_kms_key_id": "k2"}}}}}},
	})
	pab := tf("aws_s3_bucket_public_access_block.b", "aws_s3_bucket_public_access_block", map[string]any{
		"bucket": model.Unknown{Ref: "aws_s3_bucket.b"}, "block_public_acls": true,
	})
	out := Default().MapAll([]*model.Resource{b, pab})
	if len(out) != 2 {
		t.Fatalf("got %d resources, want the bucket and its policy", len(out))
	}
	want := map[string]any{
		"BucketName":              "logs",
		"AccessControl":           "PublicRead",
		"VersioningConfiguration": map[string]any{"Status": "Enabled", "MfaDelete": "Disabled"},
		"LoggingConfiguration":    map[string]any{"DestinationBucketName": "audit", "LogFilePrefix": "b/"},
		"BucketEncryption": map[string]any{"ServerSideEncryptionConfiguration": []any{map[string]any{
			"ServerSideEncryptionByDefault": map[string]any{"SSEAlgorithm": "aws:kms", "KMSMasterKeyID": "k"}}}},
		"WebsiteConfiguration": map[string]any{"IndexDocument": "index.html", "ErrorDocument": "error.html"},
		"LifecycleConfiguration": map[string]any{"Rules": []any{map[string]any{
			"Id": "expire", "Status": "Enabled", "Prefix": "tmp/", "ExpirationInDays": json.Number("30"),
			"AbortIncompleteMultipartUpload": map[string]any{"DaysAfterInitiation": json.Number("7")},
			"Transitions":                    []any{map[string]any{"TransitionInDays": json.Number("10"), "StorageClass": "GLACIER"}}}}},
		"CorsConfiguration": map[string]any{"CorsRules": []any{map[string]any{
			"AllowedMethods": []any{"GET"}, "AllowedOrigins": []any{"*"}, "MaxAge": json.Number("60")}}},
		"ObjectLockConfiguration": map[string]any{"ObjectLockEnabled": "Enabled",
			"Rule": map[string]any{"DefaultRetention": map[string]any{"Mode": "GOVERNANCE", "Days": json.Number("1")}}},
		"ReplicationConfiguration": map[string]any{"Role": "arn:aws:iam::1:role/r", "Rules": []any{map[string]any{
			"Id": "all", "Status": "Enabled", "Destination": map[string]any{"Bucket": "arn:aws:s3:::dst",
				"EncryptionConfiguration": map[string]any{"ReplicaKmsKeyID": "k2"}}}}},
		// Linked from aws_s3_bucket_public_access_block: the bucket, not its
		// inline policy, owns the address.
		"PublicAccessBlockConfiguration": map[string]any{"BlockPublicAcls": true},
	}
	if out[0].Type != "AWS::S3::Bucket" {
		t.Fatalf("first is %s", out[0].Type)
	}
	if diff := cmp.Diff(want, out[0].Properties); diff != "" {
		t.Errorf("bucket (-want +got):\n%s", diff)
	}
	pol := out[1]
	if pol.Type != "AWS::S3::BucketPolicy" || pol.Address != "aws_s3_bucket.b" {
		t.Fatalf("second is %s %s", pol.Type, pol.Address)
	}
	wantPol := map[string]any{"Bucket": "logs", "PolicyDocument": map[string]any{"Statement": []any{map[string]any{
		"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"}}}}
	if diff := cmp.Diff(wantPol, pol.Properties); diff != "" {
		t.Errorf("policy (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]string{"Bucket": "bucket", "PolicyDocument": "policy"}, pol.NativePaths); diff != "" {
		t.Errorf("policy native paths (-want +got):\n%s", diff)
	}
}

func TestS3BucketWithoutInlineBlocks(t *testing.T) {
	for _, props := range []map[string]any{
		{"bucket": "plain"},
		{"bucket": "plain", "policy": "", "lifecycle_rule": []any{}, "cors_rule": []any{}},
		{"bucket": "plain", "policy": nil},
	} {
		out := Default().MapAll([]*model.Resource{tf("aws_s3_bucket.b", "aws_s3_bucket", props)})
		if len(out) != 1 {
			t.Errorf("%v: %d resources, want 1", props, len(out))
			continue
		}
		if diff := cmp.Diff(map[string]any{"BucketName": "plain"}, out[0].Properties); diff != "" {
			t.Errorf("%v (-want +got):\n%s", props, diff)
		}
	}
}

func TestAliases(t *testing.T) {
	for _, tc := range []struct{ alias, of string }{
		{"aws_alb", "aws_lb"},
		{"aws_alb_listener", "aws_lb_listener"},
		{"aws_alb_target_group", "aws_lb_target_group"},
		{"aws_alb_listener_rule", "aws_lb_listener_rule"},
	} {
		props := map[string]any{"name": "x", "port": json.Number("80"), "protocol": "HTTP", "priority": json.Number("1"),
			"load_balancer_arn": "arn", "listener_arn": "arn", "internal": false,
			"action": []any{map[string]any{"type": "forward", "target_group_arn": "tg"}}, "default_action": []any{map[string]any{"type": "forward"}}}
		a := tf("a.x", tc.alias, clone(props))
		b := tf("b.x", tc.of, clone(props))
		Default().Apply(a)
		Default().Apply(b)
		if a.Type != b.Type {
			t.Errorf("%s maps to %s, %s to %s", tc.alias, a.Type, tc.of, b.Type)
		}
		if diff := cmp.Diff(b.Properties, a.Properties); diff != "" {
			t.Errorf("%s differs from %s (-%s +%s):\n%s", tc.alias, tc.of, tc.of, tc.alias, diff)
		}
	}
}

func clone(m map[string]any) map[string]any {
	b, _ := json.Marshal(m)
	var out map[string]any
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	_ = d.Decode(&out)
	return out
}

func TestElasticsearchDomain(t *testing.T) {
	r := tf("aws_elasticsearch_domain.es", "aws_elasticsearch_domain", map[string]any{
		"domain_name":             "es",
		"elasticsearch_version":   "7.10",
		"cluster_config":          []any{map[string]any{"instance_type": "m5.large.elasticsearch", "instance_count": json.Number("2")}},
		"encrypt_at_rest":         []any{map[string]any{"enabled": false}},
		"node_to_node_encryption": []any{map[string]any{"enabled": true}},
		"domain_endpoint_options": []any{map[string]any{"enforce_https": true, "tls_security_policy": "Policy-Min-TLS-1-2-2019-07"}},
	})
	Default().Apply(r)
	want := map[string]any{
		"DomainName":                  "es",
		"ElasticsearchVersion":        "7.10",
		"ElasticsearchClusterConfig":  map[string]any{"InstanceType": "m5.large.elasticsearch", "InstanceCount": json.Number("2")},
		"EncryptionAtRestOptions":     map[string]any{"Enabled": false},
		"NodeToNodeEncryptionOptions": map[string]any{"Enabled": true},
		"DomainEndpointOptions":       map[string]any{"EnforceHTTPS": true, "TLSSecurityPolicy": "Policy-Min-TLS-1-2-2019-07"},
	}
	if r.Type != "AWS::Elasticsearch::Domain" {
		t.Errorf("type %s", r.Type)
	}
	if diff := cmp.Diff(want, r.Properties); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
