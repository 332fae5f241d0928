package mapping

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/iacvet/iacvet/model"
)

// TestAutoScalingLaunchers checks the attributes that tie an auto scaling
// group to its launch template and the template to its security groups, as
// AWS-EC2-007 follows them.
func TestAutoScalingLaunchers(t *testing.T) {
	tbl := Default()
	lt := model.Unknown{Ref: "aws_launch_template.web"}
	asg := tf("aws_autoscaling_group.web", "aws_autoscaling_group", map[string]any{
		"min_size": 1, "max_size": 2,
		"vpc_zone_identifier": []any{model.Unknown{Ref: "aws_subnet.a"}},
		"mixed_instances_policy": []any{map[string]any{
			"launch_template": []any{map[string]any{
				"launch_template_specification": []any{map[string]any{
					"launch_template_id": lt, "launch_template_name": nil, "version": "$Latest",
				}},
				"override": []any{map[string]any{"instance_type": "t3.large"}},
			}},
		}},
	})
	if !tbl.Apply(asg) {
		t.Fatal("aws_autoscaling_group not mapped")
	}
	want := map[string]any{"LaunchTemplate": map[string]any{
		"LaunchTemplateSpecification": map[string]any{"LaunchTemplateId": lt, "Version": "$Latest"},
		"Overrides":                   []any{map[string]any{"InstanceType": "t3.large"}},
	}}
	if diff := cmp.Diff(want, asg.Properties["MixedInstancesPolicy"]); diff != "" {
		t.Errorf("MixedInstancesPolicy (-want +got)\n%s", diff)
	}

	tmpl := tf("aws_launch_template.web", "aws_launch_template", map[string]any{
		"image_id":             "ami-0c02fb55956c7d316",
		"security_group_names": []any{"web"},
		"network_interfaces": []any{map[string]any{
			"associate_public_ip_address": "true",
			"security_groups":             []any{model.Unknown{Ref: "aws_security_group.web"}},
		}},
	})
	if !tbl.Apply(tmpl) {
		t.Fatal("aws_launch_template not mapped")
	}
	data, _ := tmpl.Properties["LaunchTemplateData"].(map[string]any)
	if diff := cmp.Diff([]any{"web"}, data["SecurityGroups"]); diff != "" {
		t.Errorf("LaunchTemplateData.SecurityGroups (-want +got)\n%s", diff)
	}
	wantNI := []any{map[string]any{
		"AssociatePublicIpAddress": "true",
		"Groups":                   []any{model.Unknown{Ref: "aws_security_group.web"}},
	}}
	if diff := cmp.Diff(wantNI, data["NetworkInterfaces"]); diff != "" {
		t.Errorf("LaunchTemplateData.NetworkInterfaces (-want +got)\n%s", diff)
	}
}
