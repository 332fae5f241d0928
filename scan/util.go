package scan

import (
	"errors"
	"io/fs"
)

func asPathError(err error, target **fs.PathError) bool { return errors.As(err, target) }
