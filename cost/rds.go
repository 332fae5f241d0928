package cost

import (
	"fmt"
	"strings"

	"github.com/iacvet/iacvet/model"
)

var rdsEngine = map[string]string{
	"mysql": "mysql", "postgres": "postgres", "postgresql": "postgres", "mariadb": "mariadb",
	"aurora": "aurora-mysql", "aurora-mysql": "aurora-mysql", "aurora-postgresql": "aurora-postgresql",
}

// rdsMinGiB is the smallest AllocatedStorage RDS for MySQL, MariaDB and
// PostgreSQL accepts per storage type (CreateDBInstance, AllocatedStorage:
// gp2 and gp3 20 GiB, io1 and io2 100 GiB, magnetic 5 GiB). A DB instance
// without AllocatedStorage is priced at that minimum, said to be assumed.
var rdsMinGiB = map[string]float64{"gp2": 20, "gp3": 20, "io1": 100, "io2": 100, "standard": 5}

// dbInstance prices an RDS DB instance: instance hours by class, engine and
// deployment, storage and IOPS, and a public IPv4 address when it is
// publicly accessible. A read replica takes its engine and storage from its
// source, an Aurora instance its engine from its cluster, when those are in
// the configuration.
func (e *estimator) dbInstance(p *priced, r *model.Resource, props map[string]any, region string) {
	class, cst := str(props, "DBInstanceClass")
	var source *model.Resource
	_, replica := lookup(props, "SourceDBInstanceIdentifier")
	if replica {
		source = e.ix.follow(props, []string{typeDBInstance}, "SourceDBInstanceIdentifier")
		if source == nil {
			if id, st := str(props, "SourceDBInstanceIdentifier"); st == known {
				source = e.ix.named(typeDBInstance, "DBInstanceIdentifier", id)
			}
		}
	}
	engineRaw, est, _ := e.ix.strFrom(props, "Engine")
	if est != known && source != nil {
		if v, st := str(source.Properties, "Engine"); st == known {
			engineRaw, est = v, known
		}
	}
	if est != known {
		if cluster := e.ix.follow(props, []string{typeDBCluster}, "DBClusterIdentifier"); cluster != nil {
			if v, st := str(cluster.Properties, "Engine"); st == known {
				engineRaw, est = v, known
			}
		}
	}
	_, inCluster := str(props, "DBClusterIdentifier")
	if inCluster == absent {
		if _, ok := lookup(props, "DBClusterIdentifier"); ok {
			inCluster = unknownValue
		}
	}
	engine := rdsEngine[strings.ToLower(engineRaw)]
	aurora := strings.HasPrefix(engine, "aurora")
	switch {
	case cst != known:
		unknownNote(p, "database instance hours", "DBInstanceClass", cst)
	case est == absent && replica:
		p.notPriced = append(p.notPriced, "database instance hours: Engine comes from the source DB instance, which is not in the configuration")
	case est != known:
		unknownNote(p, "database instance hours", "Engine", est)
	case engine == "":
		p.notPriced = append(p.notPriced, fmt.Sprintf("database instance hours: engine %q is not in the price snapshot (licensed engines are not estimated)", engineRaw))
	case aurora:
		e.add(p, region, fmt.Sprintf("database instance hours (%s, %s)", class, engine), "hours", HoursPerMonth, "rds/instance/"+engine+"/"+class+"/single")
		p.usageBased = append(p.usageBased, "Aurora storage and I/O: billed on the DB cluster")
	default:
		multi, mst := boolean(props, "MultiAZ")
		if mst != known && mst != absent {
			unknownNote(p, "database instance hours", "MultiAZ", mst)
			break
		}
		dep, depName := "single", "Single-AZ"
		if multi {
			// A Multi-AZ instance bills a standby: the Multi-AZ rates are
			// twice the Single-AZ ones.
			dep, depName = "multi", "Multi-AZ"
		}
		name := "database instance hours"
		if replica {
			name = "read replica instance hours"
		}
		e.add(p, region, fmt.Sprintf("%s (%s, %s, %s)", name, class, engine, depName), "hours", HoursPerMonth, "rds/instance/"+engine+"/"+class+"/"+dep)
		if inCluster != absent {
			break
		}
		storage := props
		if replica {
			// A replica's storage is its source's unless it sets its own.
			if _, st := num(props, "AllocatedStorage"); st == absent {
				if source == nil {
					p.notPriced = append(p.notPriced, "database storage: AllocatedStorage comes from the source DB instance, which is not in the configuration")
					break
				}
				storage = source.Properties
				p.assumed = append(p.assumed, "database storage: the size and type of the source DB instance "+source.Address)
			}
		}
		e.dbStorage(p, storage, region, dep, engine)
	}
	if inCluster != absent && !aurora && engine != "" {
		p.notPriced = append(p.notPriced, "storage: billed on the DB cluster")
	}
	if v, st := boolean(props, "PubliclyAccessible"); st == known && v {
		e.add(p, region, "public IPv4 address", "hours", HoursPerMonth, "vpc/public-ipv4/hour")
	}
}

func (e *estimator) dbStorage(p *priced, props map[string]any, region, dep, engine string) {
	size, sst := num(props, "AllocatedStorage")
	iops, ist := num(props, "Iops")
	st, tst := str(props, "StorageType")
	switch {
	case tst == absent && ist == known:
		st = "io1"
	case tst == absent:
		st = "gp2"
	case tst != known:
		unknownNote(p, "database storage", "StorageType", tst)
		return
	}
	st = strings.ToLower(st)
	if st == "aurora" || st == "aurora-iopt1" {
		p.usageBased = append(p.usageBased, "Aurora storage and I/O: billed on the DB cluster")
		return
	}
	min := rdsMinGiB[st]
	switch {
	case sst == absent:
		if _, fromSnapshot := lookup(props, "DBSnapshotIdentifier"); fromSnapshot {
			p.notPriced = append(p.notPriced, "database storage: AllocatedStorage comes from the snapshot (unknown)")
			return
		}
		if min == 0 {
			unknownNote(p, "database storage", "AllocatedStorage", sst)
			return
		}
		size = min
		p.assumed = append(p.assumed, fmt.Sprintf("database storage: AllocatedStorage not set, priced at the %s minimum for %s, %g GB", engine, st, min))
	case sst != known:
		unknownNote(p, "database storage", "AllocatedStorage", sst)
		return
	case size < min:
		p.assumed = append(p.assumed, fmt.Sprintf("database storage: %g GB is below the %s minimum for %s; billed as %g GB", size, engine, st, min))
		size = min
	}
	if _, ok := e.add(p, region, fmt.Sprintf("database storage (%s)", st), "GB-month", size, "rds/storage/"+st+"/"+dep); !ok {
		return
	}
	switch st {
	case "io1", "io2":
		if ist != known {
			unknownNote(p, "database IOPS", "Iops", ist)
			return
		}
		e.add(p, region, fmt.Sprintf("database IOPS (%s)", st), "IOPS-month", iops, "rds/iops/"+st+"/"+dep)
	case "gp3":
		// gp3 includes 3,000 IOPS and 125 MiB/s below 400 GB, 12,000 IOPS
		// and 500 MiB/s from 400 GB (MySQL, MariaDB, PostgreSQL).
		baseIOPS, baseTP := 3000.0, 125.0
		if size >= 400 {
			baseIOPS, baseTP = 12000, 500
		}
		if ist == known && iops > baseIOPS {
			e.add(p, region, fmt.Sprintf("database IOPS above %.0f", baseIOPS), "IOPS-month", iops-baseIOPS, "rds/iops/gp3/"+dep)
		}
		if tp, tpst := num(props, "StorageThroughput"); tpst == known && tp > baseTP {
			e.add(p, region, fmt.Sprintf("database throughput above %.0f MiB/s", baseTP), "MiB/s-month", tp-baseTP, "rds/throughput/gp3/"+dep)
		}
	}
}
