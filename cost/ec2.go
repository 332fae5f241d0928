package cost

import (
	"fmt"
	"math"
	"strings"

	"github.com/iacvet/iacvet/model"
)

// AssumedRootGB is the root volume size priced for an instance whose
// configuration sets no root block device: AWS takes the AMI's, which is
// 8 GB for Amazon Linux and most public AMIs.
const AssumedRootGB = 8

// ebsMinGiB is the smallest volume AWS creates per type (Amazon EBS volume
// types, docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html:
// gp2 and gp3 1 GiB, io1 and io2 4 GiB, st1 and sc1 125 GiB, magnetic 1 GiB).
var ebsMinGiB = map[string]float64{"gp2": 1, "gp3": 1, "io1": 4, "io2": 4, "st1": 125, "sc1": 125, "standard": 1}

// ebsMinIOPS is the smallest IOPS figure io1 and io2 volumes take (100).
const ebsMinIOPS = 100

// rootDevices are the root device names of Linux and Windows AMIs.
var rootDevices = map[string]bool{"/dev/xvda": true, "/dev/sda1": true, "/dev/sda": true, "xvda": true, "sda1": true}

func (e *estimator) instance(p *priced, r *model.Resource, props map[string]any, region string, hint bool) {
	itype, st := str(props, "InstanceType")
	tenancy, tst := str(props, "Tenancy")
	switch {
	case st != known:
		unknownNote(p, "instance hours", "InstanceType", st)
	case tst != known && tst != absent:
		unknownNote(p, "instance hours", "Tenancy", tst)
	case strings.EqualFold(tenancy, "host"):
		p.notPriced = append(p.notPriced, "instance hours: host tenancy is billed per Dedicated Host")
	case strings.EqualFold(tenancy, "dedicated"):
		e.add(p, region, fmt.Sprintf("instance hours (%s, Linux, dedicated)", itype), "hours", HoursPerMonth, "ec2/instance-dedicated/"+itype)
	default:
		if _, ok := e.add(p, region, fmt.Sprintf("instance hours (%s, Linux)", itype), "hours", HoursPerMonth, "ec2/instance/"+itype); ok && hint {
			e.instanceHints(r, region, itype)
		}
	}
	e.blockDevices(p, r, r, props, region, hint, 1, "")
	// Public IPv4 addresses.
	pub, pst := boolean(props, "AssociatePublicIpAddress")
	nPublic := 0
	if pst == known && pub {
		nPublic = 1
	} else if pst == unknownValue {
		p.notPriced = append(p.notPriced, "public IPv4 address: AssociatePublicIpAddress known after apply")
	}
	nis, _ := list(props, "NetworkInterfaces")
	niFlag := false
	for _, item := range nis {
		ni, ok := item.(map[string]any)
		if !ok {
			continue
		}
		v, st := boolean(ni, "AssociatePublicIpAddress")
		if st != absent {
			niFlag = true
		}
		if st == known && v {
			nPublic++
		} else if st == unknownValue {
			p.notPriced = append(p.notPriced, "public IPv4 address: NetworkInterfaces AssociatePublicIpAddress known after apply")
		}
	}
	if pst == known && pub && len(nis) > 0 {
		nPublic-- // the top-level flag describes the primary interface
		if nPublic < 1 {
			nPublic = 1
		}
	}
	if pst == absent && !niFlag {
		// Without a flag the subnet decides: MapPublicIpOnLaunch.
		if sub := e.ix.follow(props, []string{"AWS::EC2::Subnet"}, "SubnetId"); sub != nil {
			if v, st := boolean(sub.Properties, "MapPublicIpOnLaunch"); st == known && v {
				nPublic = 1
				p.assumed = append(p.assumed, fmt.Sprintf("public IPv4 address: subnet %s assigns one on launch (MapPublicIpOnLaunch)", sub.Address))
			}
		}
	}
	if nPublic > 0 {
		e.add(p, region, "public IPv4 address", "hours", float64(nPublic)*HoursPerMonth, "vpc/public-ipv4/hour")
		e.usageComponent(p, r, region, "data transfer out to the internet", "monthly_data_transfer_out_gb", "GB", 1, "ec2/data-transfer-out")
	} else if v, ok := e.usage.get(r, "monthly_data_transfer_out_gb"); ok {
		e.add(p, region, "data transfer out to the internet", "GB", v, "ec2/data-transfer-out")
	}
}

// blockDevices prices the EBS volumes of BlockDeviceMappings (of an
// instance, or of a launch template or configuration for n instances). A
// configuration without a root device gets the AMI's root volume, priced as
// AssumedRootGB of gp2 and said to be assumed. owner is the resource the
// mappings were declared on (its native paths tell root_block_device from
// ebs_block_device); per names the multiplier in component names.
func (e *estimator) blockDevices(p *priced, r, owner *model.Resource, props map[string]any, region string, hint bool, n float64, per string) {
	bdms, bst := list(props, "BlockDeviceMappings")
	if bst != known && bst != absent {
		unknownNote(p, "EBS volumes", "BlockDeviceMappings", bst)
		return
	}
	hasRoot := false
	for i, item := range bdms {
		bd, ok := item.(map[string]any)
		if !ok {
			continue
		}
		root := isRootDevice(owner, i, bd)
		if root {
			hasRoot = true
		}
		if _, has := bd["Ebs"]; !has {
			continue // instance store or NoDevice
		}
		dev, _ := str(bd, "DeviceName")
		name := "EBS volume " + dev
		switch {
		case dev == "" && root:
			name = "root volume"
		case dev == "":
			name = fmt.Sprintf("EBS volume #%d", i)
		}
		ebs, _ := bd["Ebs"].(map[string]any)
		if vol := e.attachedVolume(ebs); vol != nil {
			p.notPriced = append(p.notPriced, fmt.Sprintf("%s: priced once, as %s", name, vol.Address))
			continue
		}
		size, sst := num(bd, "Ebs", "VolumeSize")
		switch {
		case sst == absent && root:
			size = AssumedRootGB
			p.assumed = append(p.assumed, fmt.Sprintf("%s: %d GB (no VolumeSize; the AMI's root volume)", name, AssumedRootGB))
		case sst == absent:
			p.notPriced = append(p.notPriced, name+": VolumeSize comes from the snapshot (unknown)")
			continue
		case sst != known:
			unknownNote(p, name, "VolumeSize", sst)
			continue
		}
		vt, vst := str(bd, "Ebs", "VolumeType")
		if vst == absent {
			vt = "gp2"
		} else if vst != known {
			unknownNote(p, name, "VolumeType", vst)
			continue
		}
		e.volume(p, r, region, name+per, vt, size, ebs, hint, n)
	}
	if !hasRoot {
		name := "root volume"
		p.assumed = append(p.assumed, fmt.Sprintf("%s: %d GB gp2 (no root block device is set; AWS takes the AMI's)", name, AssumedRootGB))
		e.volume(p, r, region, name+per, "gp2", AssumedRootGB, nil, false, n)
	}
}

// isRootDevice tells the root device among block device mappings: a
// Terraform root_block_device, a mapping without a device name (Terraform's
// root block has none), or the root device name of the common AMIs.
func isRootDevice(owner *model.Resource, i int, bd map[string]any) bool {
	if owner != nil {
		if np, ok := owner.NativePaths[fmt.Sprintf("BlockDeviceMappings/%d", i)]; ok {
			return strings.HasPrefix(np, "root_block_device")
		}
	}
	dev, st := str(bd, "DeviceName")
	if st == absent {
		return true
	}
	return rootDevices[dev]
}

// attachedVolume returns the volume resource that a block device's VolumeId
// names (a volume attached with aws_volume_attachment shows up in the
// instance's ebs_block_device too), so that it is priced once.
func (e *estimator) attachedVolume(ebs map[string]any) *model.Resource {
	if ebs == nil {
		return nil
	}
	raw, ok := lookup(ebs, "VolumeId")
	if !ok {
		return nil
	}
	if id, isStr := raw.(string); isStr {
		return e.ix.volumeIDs[id]
	}
	if r := e.ix.resolve(raw); r != nil && r.Type == typeVolume {
		return r
	}
	return nil
}

// volume prices n EBS volumes' storage, IOPS and throughput, at AWS's
// minimum size and IOPS where the configuration asks for less.
func (e *estimator) volume(p *priced, r *model.Resource, region, name, vt string, size float64, props map[string]any, hint bool, n float64) {
	vt = strings.ToLower(vt)
	label := fmt.Sprintf("%s (%s) storage", name, vt)
	min, ok := ebsMinGiB[vt]
	if !ok {
		p.notPriced = append(p.notPriced, fmt.Sprintf("%s: unknown VolumeType %q", name, vt))
		return
	}
	if size < min {
		p.assumed = append(p.assumed, fmt.Sprintf("%s: %g GB is below the %s minimum; billed as %g GB", name, size, vt, min))
		size = min
	}
	if _, ok := e.add(p, region, label, "GB-month", size*n, "ebs/"+vt+"/storage"); !ok {
		return
	}
	iops, ist := num(props, "Iops")
	if (vt == "io1" || vt == "io2") && ist == known && iops < ebsMinIOPS {
		p.assumed = append(p.assumed, fmt.Sprintf("%s: %g IOPS is below the %s minimum; billed as %d", name, iops, vt, ebsMinIOPS))
		iops = ebsMinIOPS
	}
	switch vt {
	case "gp2":
		if hint {
			e.gp2Hint(r, region, name, size*n)
		}
	case "gp3":
		// 3,000 IOPS and 125 MiB/s are included in the storage price.
		if ist == known && iops > 3000 {
			e.add(p, region, name+" IOPS above 3000", "IOPS-month", (iops-3000)*n, "ebs/gp3/iops")
		} else if ist == unknownValue {
			unknownNote(p, name+" IOPS", "Iops", ist)
		}
		tp, tst := num(props, "Throughput")
		if tst == known && tp > 125 {
			e.add(p, region, name+" throughput above 125 MiB/s", "MiB/s-month", (tp-125)*n, "ebs/gp3/throughput")
		} else if tst == unknownValue {
			unknownNote(p, name+" throughput", "Throughput", tst)
		}
	case "io1":
		if ist != known {
			unknownNote(p, name+" IOPS", "Iops", ist)
			break
		}
		e.add(p, region, name+" IOPS", "IOPS-month", iops*n, "ebs/io1/iops")
	case "io2":
		if ist != known {
			unknownNote(p, name+" IOPS", "Iops", ist)
			break
		}
		t1 := math.Min(iops, 32000)
		t2 := math.Min(math.Max(iops-32000, 0), 32000)
		t3 := math.Max(iops-64000, 0)
		e.add(p, region, name+" IOPS (up to 32,000)", "IOPS-month", t1*n, "ebs/io2/iops-tier1")
		if t2 > 0 {
			e.add(p, region, name+" IOPS (32,001 to 64,000)", "IOPS-month", t2*n, "ebs/io2/iops-tier2")
		}
		if t3 > 0 {
			e.add(p, region, name+" IOPS (above 64,000)", "IOPS-month", t3*n, "ebs/io2/iops-tier3")
		}
	case "standard":
		e.usageComponent(p, r, region, name+" I/O requests", "monthly_io_requests", "requests", 1, "ebs/standard/io")
	}
}

// volumeResource prices an AWS::EC2::Volume. Without Size, a volume created
// from a snapshot takes the snapshot's size: the snapshot's volume is
// followed when it is in the configuration.
func (e *estimator) volumeResource(p *priced, r *model.Resource, props map[string]any, region string, hint bool) {
	size, st := num(props, "Size")
	if st == absent || st == unknownValue {
		if s, from := e.snapshotSize(props); from != "" {
			size, st = s, known
			p.assumed = append(p.assumed, fmt.Sprintf("EBS volume: %g GB, the size of snapshot %s", s, from))
		}
	}
	if st != known {
		unknownNote(p, "EBS volume", "Size", st)
		return
	}
	vt, vst := str(props, "VolumeType")
	if vst == absent {
		vt = "gp2"
	} else if vst != known {
		unknownNote(p, "EBS volume", "VolumeType", vst)
		return
	}
	e.volume(p, r, region, "EBS volume", vt, size, props, hint, 1)
}

// snapshotSize follows a volume's SnapshotId to the snapshot and its volume.
func (e *estimator) snapshotSize(props map[string]any) (float64, string) {
	snap := e.ix.follow(props, []string{typeSnapshot, "aws_ebs_snapshot"}, "SnapshotId")
	if snap == nil {
		return 0, ""
	}
	if v, st := num(snap.Properties, "VolumeSize"); st == known {
		return v, snap.Address
	}
	if vol := e.ix.follow(snap.Properties, []string{typeVolume}, "VolumeId"); vol != nil {
		if v, st := num(vol.Properties, "Size"); st == known {
			return v, snap.Address + " (volume " + vol.Address + ")"
		}
	}
	return 0, ""
}

// snapshot prices EBS snapshot storage: the usage file's storage_gb, else
// the full size of the volume it is taken from (an upper bound).
func (e *estimator) snapshot(p *priced, r *model.Resource, props map[string]any, region string) {
	if v, ok := e.usage.get(r, "storage_gb"); ok {
		e.add(p, region, "snapshot storage", "GB-month", v, "ebs/snapshot/storage")
		return
	}
	size, st := num(props, "VolumeSize")
	if st == absent {
		size, st = num(props, "volume_size")
	}
	if st == absent || st == unknownValue {
		if vol := e.ix.follow(props, []string{typeVolume}, "VolumeId"); vol != nil {
			if v, vst := num(vol.Properties, "Size"); vst == known {
				size, st = v, known
				p.assumed = append(p.assumed, fmt.Sprintf("snapshot storage: %g GB, the size of volume %s", v, vol.Address))
			}
		}
	}
	if st != known {
		unknownNote(p, "snapshot storage", "VolumeSize", st)
		return
	}
	e.add(p, region, "snapshot storage (full volume size, upper bound)", "GB-month", size, "ebs/snapshot/storage")
}

// autoScalingGroup prices an Auto Scaling group's instances: the instance
// type of its launch template (or launch configuration, or the first
// override of a mixed instances policy) times DesiredCapacity (MinSize when
// it is not set), with the template's volumes and public IPv4 addresses.
func (e *estimator) autoScalingGroup(p *priced, r *model.Resource, props map[string]any, region string) {
	n, st := num(props, "DesiredCapacity")
	if st == absent {
		if n, st = num(props, "MinSize"); st == known {
			p.assumed = append(p.assumed, fmt.Sprintf("Auto Scaling instances: DesiredCapacity not set, the group runs MinSize (%g)", n))
		}
	}
	if st != known {
		unknownNote(p, "Auto Scaling instances", "DesiredCapacity", st)
		return
	}
	spec, _ := lookup(props, "LaunchTemplate")
	override := ""
	if mip, ok := lookup(props, "MixedInstancesPolicy", "LaunchTemplate"); ok {
		mipm, _ := mip.(map[string]any)
		spec, _ = lookup(mipm, "LaunchTemplateSpecification")
		if ovs, _ := list(mipm, "Overrides"); len(ovs) > 0 {
			if ov, isMap := ovs[0].(map[string]any); isMap {
				override, _ = str(ov, "InstanceType")
			}
		}
		p.assumed = append(p.assumed, "Auto Scaling instances: a mixed instances policy is priced on demand for its first instance type (an upper bound for Spot)")
	}
	var data map[string]any
	var owner *model.Resource
	if specm, ok := spec.(map[string]any); ok {
		lt := e.ix.follow(specm, []string{"AWS::EC2::LaunchTemplate"}, "LaunchTemplateId")
		if lt == nil {
			lt = e.ix.follow(specm, []string{"AWS::EC2::LaunchTemplate"}, "LaunchTemplateName")
		}
		if lt == nil {
			if name, nst := str(specm, "LaunchTemplateName"); nst == known {
				lt = e.ix.named("AWS::EC2::LaunchTemplate", "LaunchTemplateName", name)
			}
		}
		if lt != nil {
			data, _ = lt.Properties["LaunchTemplateData"].(map[string]any)
			owner = lt
		}
	} else if lc := e.ix.follow(props, []string{"AWS::AutoScaling::LaunchConfiguration"}, "LaunchConfigurationName"); lc != nil {
		data, owner = lc.Properties, lc
	}
	if owner == nil {
		p.notPriced = append(p.notPriced, "Auto Scaling instances: the launch template or configuration is not in the configuration")
		return
	}
	if data == nil {
		data = map[string]any{}
	}
	itype, ist := override, known
	if itype == "" {
		itype, ist = str(data, "InstanceType")
	}
	if ist != known {
		unknownNote(p, "Auto Scaling instances", owner.Address+" InstanceType", ist)
		return
	}
	if n == 0 {
		return
	}
	per := ""
	if n != 1 {
		per = fmt.Sprintf(" × %g instances", n)
	}
	e.add(p, region, fmt.Sprintf("Auto Scaling instances (%s, Linux, from %s)%s", itype, owner.Address, per), "hours", n*HoursPerMonth, "ec2/instance/"+itype)
	e.blockDevices(p, r, owner, data, region, false, n, per)
	public := false
	if v, st := boolean(data, "AssociatePublicIpAddress"); st == known && v {
		public = true
	}
	nis, _ := list(data, "NetworkInterfaces")
	for _, item := range nis {
		if ni, ok := item.(map[string]any); ok {
			if v, st := boolean(ni, "AssociatePublicIpAddress"); st == known && v {
				public = true
			}
		}
	}
	if public {
		e.add(p, region, "public IPv4 address"+per, "hours", n*HoursPerMonth, "vpc/public-ipv4/hour")
	}
}
