// Command iacvet vets AWS infrastructure-as-code before it is applied.
package main

import (
	"context"
	"os"
	"os/signal"

	"github.com/iacvet/iacvet/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := cli.Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
