# METADATA
# title: iacvet live lookup helpers
# description: |
#   Helpers for the AWS-LIVE rules: the region a resource lives in, and the
#   instance types and security groups resources name. The data comes from
#   data.aws (see package awsdata); a rule whose dataset is absent must not
#   fire, since Fetch reports it as "not checked".
package iacvet.lib.live

# region is the resource's region, else the scan's default region.
region(r) := r.region if {
	is_string(r.region)
	r.region != ""
} else := data.aws.default_region

# type_refs holds [resource, path, instance type] for every known instance
# type a resource names.
type_refs contains [r, ["InstanceType"], t] if {
	some r in input.resources
	r.type in {"AWS::EC2::Instance", "AWS::AutoScaling::LaunchConfiguration"}
	t := r.properties.InstanceType
	known_name(t)
}

type_refs contains [r, ["LaunchTemplateData", "InstanceType"], t] if {
	some r in input.resources
	r.type == "AWS::EC2::LaunchTemplate"
	t := r.properties.LaunchTemplateData.InstanceType
	known_name(t)
}

type_refs contains [r, ["MixedInstancesPolicy", "LaunchTemplate", "Overrides", i, "InstanceType"], t] if {
	some r in input.resources
	r.type == "AWS::AutoScaling::AutoScalingGroup"
	some i, o in r.properties.MixedInstancesPolicy.LaunchTemplate.Overrides
	t := o.InstanceType
	known_name(t)
}

known_name(x) if {
	is_string(x)
	x != ""
}

# exists holds unless the instance type list says the type does not exist
# (AWS-LIVE-001 reports those; other rules stay quiet about them).
exists(t) if data.aws.ec2.instance_types[t]

exists(_) if not data.aws.ec2.instance_types

# group_refs holds [resource, path, group id] for every security group id a
# resource attaches (names of default-VPC groups are not looked up).
group_refs contains [r, [key, i], id] if {
	some r in input.resources
	some key in group_keys[r.type]
	some i, id in r.properties[key]
	is_group_id(id)
}

group_refs contains [r, ["LaunchTemplateData", "SecurityGroupIds", i], id] if {
	some r in input.resources
	r.type == "AWS::EC2::LaunchTemplate"
	some i, id in r.properties.LaunchTemplateData.SecurityGroupIds
	is_group_id(id)
}

group_keys := {
	"AWS::EC2::Instance": ["SecurityGroupIds", "SecurityGroups"],
	"AWS::AutoScaling::LaunchConfiguration": ["SecurityGroups"],
}

is_group_id(x) if {
	is_string(x)
	startswith(x, "sg-")
}
