// Package plangen generates large, realistic Terraform plan JSON documents
// (as `terraform show -json` writes them) for benchmarks: a mix of security
// groups, instances, volumes, buckets with their sub-resources and databases,
// spread over modules and count instances, with unknown and sensitive values.
package plangen

import (
	"encoding/json"
	"fmt"
)

// Generate returns a plan with n resource changes.
func Generate(n int) []byte {
	var changes []map[string]any
	configRes := map[string][]map[string]any{} // module -> configuration blocks
	planned := map[string][]any{}              // module -> planned_values resources, as Terraform repeats them
	kinds := []func(i int) (map[string]any, map[string]any){sg, instance, volume, bucket, pab, db}
	for i := 0; i < n; i++ {
		after, unknown := kinds[i%len(kinds)](i)
		typ := after["__type"].(string)
		delete(after, "__type")
		mod := fmt.Sprintf("module.app%d", i%20)
		name := fmt.Sprintf("r%d", i/len(kinds))
		addr := fmt.Sprintf("%s.%s.%s", mod, typ, name)
		sens := map[string]any{}
		if typ == "aws_db_instance" {
			sens["password"] = true
		}
		changes = append(changes, map[string]any{
			"address": addr, "module_address": mod, "mode": "managed", "type": typ, "name": name,
			"provider_name": "registry.terraform.io/hashicorp/aws",
			"change": map[string]any{
				"actions": []string{"create"}, "before": nil, "after": after, "after_unknown": unknown,
				"before_sensitive": false, "after_sensitive": sens,
			},
		})
		planned[mod] = append(planned[mod], map[string]any{
			"address": addr, "mode": "managed", "type": typ, "name": name,
			"provider_name": "registry.terraform.io/hashicorp/aws", "schema_version": 0,
			"values": after, "sensitive_values": sens,
		})
		// The configuration section has one block per resource, in its
		// module, with an expression for every attribute the block sets.
		exprs := map[string]any{}
		for k, v := range after {
			exprs[k] = map[string]any{"constant_value": v}
		}
		configRes[mod] = append(configRes[mod], map[string]any{
			"address": fmt.Sprintf("%s.%s", typ, name), "mode": "managed", "type": typ, "name": name,
			"provider_config_key": "aws", "expressions": exprs,
		})
	}
	plan := map[string]any{
		"format_version":    "1.2",
		"terraform_version": "1.9.5",
		"variables":         map[string]any{"region": map[string]any{"value": "eu-central-1"}},
		"planned_values":    map[string]any{"root_module": map[string]any{"child_modules": childModules(planned)}},
		"resource_changes":  changes,
		"configuration": map[string]any{
			"provider_config": map[string]any{"aws": map[string]any{"name": "aws", "expressions": map[string]any{"region": map[string]any{"references": []string{"var.region"}}}}},
			"root_module":     map[string]any{"module_calls": moduleCalls(configRes)},
		},
	}
	data, err := json.Marshal(plan)
	if err != nil {
		panic(err) // only plain values above
	}
	return data
}

func moduleCalls(configRes map[string][]map[string]any) map[string]any {
	calls := map[string]any{}
	for mod, rs := range configRes {
		name := mod[len("module."):]
		calls[name] = map[string]any{"source": "./modules/" + name, "module": map[string]any{"resources": rs}}
	}
	return calls
}

func childModules(planned map[string][]any) []any {
	var out []any
	for i := 0; i < 20; i++ {
		mod := fmt.Sprintf("module.app%d", i)
		if rs, ok := planned[mod]; ok {
			out = append(out, map[string]any{"address": mod, "resources": rs})
		}
	}
	return out
}

func sg(i int) (map[string]any, map[string]any) {
	cidr := "10.0.0.0/16"
	if i%7 == 0 {
		cidr = "0.0.0.0/0"
	}
	rule := func(port int) map[string]any {
		return map[string]any{"cidr_blocks": []any{cidr}, "description": "", "from_port": port, "to_port": port, "protocol": "tcp", "ipv6_cidr_blocks": []any{}, "prefix_list_ids": []any{}, "security_groups": []any{}, "self": false}
	}
	return map[string]any{"__type": "aws_security_group", "name": fmt.Sprintf("sg-%d", i), "description": "generated",
			"ingress": []any{rule(22), rule(443), rule(5432)},
			"egress":  []any{map[string]any{"cidr_blocks": []any{"0.0.0.0/0"}, "from_port": 0, "to_port": 0, "protocol": "-1", "ipv6_cidr_blocks": []any{}, "prefix_list_ids": []any{}, "security_groups": []any{}, "self": false, "description": ""}},
			"tags":    map[string]any{"Name": fmt.Sprintf("sg-%d", i), "env": "prod"}, "revoke_rules_on_delete": false},
		map[string]any{"arn": true, "id": true, "owner_id": true, "vpc_id": true, "tags_all": true}
}

func instance(i int) (map[string]any, map[string]any) {
	tokens := "required"
	if i%5 == 0 {
		tokens = "optional"
	}
	return map[string]any{"__type": "aws_instance", "ami": "ami-0c55b159cbfafe1f0", "instance_type": "m5.large",
			"metadata_options":  []any{map[string]any{"http_endpoint": "enabled", "http_tokens": tokens, "http_put_response_hop_limit": 1}},
			"root_block_device": []any{map[string]any{"encrypted": i%3 != 0, "volume_size": 50, "volume_type": "gp3", "delete_on_termination": true}},
			"tags":              map[string]any{"Name": fmt.Sprintf("web-%d", i)}, "user_data": "#!/bin/bash\necho hello\n"},
		map[string]any{"arn": true, "id": true, "private_ip": true, "public_ip": true, "subnet_id": true, "vpc_security_group_ids": true}
}

func volume(i int) (map[string]any, map[string]any) {
	return map[string]any{"__type": "aws_ebs_volume", "availability_zone": "eu-central-1a", "size": 100 + i%400, "type": "gp2", "encrypted": i%4 != 0, "tags": map[string]any{"Name": fmt.Sprintf("vol-%d", i)}},
		map[string]any{"arn": true, "id": true, "iops": true, "kms_key_id": true, "throughput": true}
}

func bucket(i int) (map[string]any, map[string]any) {
	return map[string]any{"__type": "aws_s3_bucket", "bucket": fmt.Sprintf("acme-generated-%d", i), "force_destroy": false, "tags": map[string]any{"team": "data"}},
		map[string]any{"arn": true, "id": true, "bucket_domain_name": true, "region": true}
}

func pab(i int) (map[string]any, map[string]any) {
	return map[string]any{"__type": "aws_s3_bucket_public_access_block", "bucket": fmt.Sprintf("acme-generated-%d", i-1), "block_public_acls": true, "block_public_policy": true, "ignore_public_acls": true, "restrict_public_buckets": i%9 != 0},
		map[string]any{"id": true}
}

func db(i int) (map[string]any, map[string]any) {
	return map[string]any{"__type": "aws_db_instance", "identifier": fmt.Sprintf("db-%d", i), "engine": "postgres", "instance_class": "db.m6g.large", "allocated_storage": 100, "storage_type": "gp3",
			"storage_encrypted": i%2 == 0, "publicly_accessible": i%11 == 0, "username": "admin", "password": "generated-secret", "multi_az": true},
		map[string]any{"arn": true, "id": true, "endpoint": true, "address": true}
}
