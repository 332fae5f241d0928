// Command plangen writes a generated plan for the benchmark script:
// go run ./internal/plangen/cmd/plangen -n 10000 > plan.json
package main

import (
	"flag"
	"os"

	"github.com/iacvet/iacvet/internal/plangen"
)

func main() {
	n := flag.Int("n", 10000, "number of resource changes")
	flag.Parse()
	os.Stdout.Write(plangen.Generate(*n))
}
