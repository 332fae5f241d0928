package mcp

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/modelcontextprotocol/go-sdk/jsonrpc"
	sdk "github.com/modelcontextprotocol/go-sdk/mcp"
)

// Framing limits of the stdio transport.
const (
	// DefaultMaxFrameBytes bounds one newline-delimited JSON-RPC frame. A
	// longer frame is skipped without being buffered or echoed: the server
	// answers one -32600 error with id null and resynchronises at the next
	// newline.
	DefaultMaxFrameBytes = 4 << 20
	// MaxFrameDepth bounds the nesting of arrays and objects in a frame,
	// checked before the frame is decoded.
	MaxFrameDepth = 64
)

// JSON-RPC error codes the framing layer answers with.
const (
	codeParseError     = -32700
	codeInvalidRequest = -32600
)

// StdioTransport is the MCP stdio transport with a framing layer in front of
// the SDK's message handling: each newline-delimited frame is checked
// (size, nesting depth, JSON syntax, a single JSON-RPC object) before it is
// decoded, and a bad frame is answered with a JSON-RPC error (-32700 parse
// error, -32600 invalid request, id null) while the session goes on. The
// SDK's own IOTransport ends the session on such a frame.
//
// Batches are refused with -32600: MCP 2025-06-18 removed JSON-RPC
// batching, and the server serves that version and later.
type StdioTransport struct {
	Reader io.Reader
	Writer io.Writer
	// MaxFrameBytes bounds one frame (default DefaultMaxFrameBytes).
	MaxFrameBytes int
}

// Connect implements sdk.Transport.
func (t *StdioTransport) Connect(context.Context) (sdk.Connection, error) {
	limit := t.MaxFrameBytes
	if limit <= 0 {
		limit = DefaultMaxFrameBytes
	}
	c := &frameConn{w: t.Writer, incoming: make(chan jsonrpc.Message), closed: make(chan struct{}), done: make(chan struct{})}
	if cl, ok := t.Reader.(io.Closer); ok {
		c.rc = cl
	}
	go c.readLoop(t.Reader, limit)
	return c, nil
}

type frameConn struct {
	w        io.Writer
	rc       io.Closer
	writeMu  sync.Mutex
	incoming chan jsonrpc.Message
	closed   chan struct{}
	done     chan struct{} // closed when the read loop ends
	readErr  error         // set before done is closed
	once     sync.Once
}

// frameReader splits a stream into newline-delimited frames of at most
// limit bytes; a longer frame is discarded up to its newline, never
// buffered whole.
type frameReader struct {
	br    *bufio.Reader
	limit int
	buf   []byte
}

// next returns the next frame (without its newline); tooLong reports a
// frame over the limit (its content is not returned).
func (r *frameReader) next() (frame []byte, tooLong bool, err error) {
	r.buf = r.buf[:0]
	for {
		chunk, err := r.br.ReadSlice('\n')
		if !tooLong {
			if len(r.buf)+len(chunk) > r.limit+1 { // +1: the newline
				tooLong = true
				r.buf = r.buf[:0]
			} else {
				r.buf = append(r.buf, chunk...)
			}
		}
		switch {
		case err == nil:
			return bytes.TrimRight(r.buf, "\r\n"), tooLong, nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case err == io.EOF && (len(r.buf) > 0 || tooLong):
			return bytes.TrimRight(r.buf, "\r\n"), tooLong, nil
		default:
			return nil, false, err
		}
	}
}

func (c *frameConn) readLoop(rd io.Reader, limit int) {
	defer close(c.done)
	fr := &frameReader{br: bufio.NewReaderSize(rd, 64<<10), limit: limit}
	for {
		frame, tooLong, err := fr.next()
		if err != nil {
			c.readErr = err
			return
		}
		var msg jsonrpc.Message
		if tooLong {
			err = c.replyError(codeInvalidRequest, fmt.Sprintf("frame longer than the limit of %d bytes; skipped", limit))
		} else if msg, err = checkFrame(frame); err != nil {
			var fe *frameError
			if errors.As(err, &fe) {
				err = c.replyError(fe.code, fe.msg)
			}
		}
		if err != nil {
			c.readErr = err
			return
		}
		if msg == nil {
			continue
		}
		select {
		case c.incoming <- msg:
		case <-c.closed:
			return
		}
	}
}

type frameError struct {
	code int
	msg  string
}

func (e *frameError) Error() string { return e.msg }

// checkFrame validates one frame and decodes it: nil, nil for a blank
// line; a *frameError for a frame to answer with an error.
func checkFrame(frame []byte) (jsonrpc.Message, error) {
	frame = bytes.TrimSpace(frame)
	if len(frame) == 0 {
		return nil, nil
	}
	if err := checkDepth(frame, MaxFrameDepth); err != nil {
		return nil, &frameError{codeInvalidRequest, err.Error()}
	}
	if !json.Valid(frame) {
		return nil, &frameError{codeParseError, "parse error: the frame is not JSON"}
	}
	switch frame[0] {
	case '{':
	case '[':
		return nil, &frameError{codeInvalidRequest, "JSON-RPC batches are not supported (MCP 2025-06-18 and later)"}
	default:
		return nil, &frameError{codeInvalidRequest, "invalid request: a JSON-RPC message is an object"}
	}
	msg, err := jsonrpc.DecodeMessage(frame)
	if err != nil {
		return nil, &frameError{codeInvalidRequest, "invalid request: " + err.Error()}
	}
	return msg, nil
}

// checkDepth fails when arrays and objects nest deeper than max, scanning
// bytes (strings skipped) so no decoder recurses on hostile input.
func checkDepth(data []byte, max int) error {
	depth, inString, escaped := 0, false, false
	for _, b := range data {
		if inString {
			switch {
			case escaped:
				escaped = false
			case b == '\\':
				escaped = true
			case b == '"':
				inString = false
			}
			continue
		}
		switch b {
		case '"':
			inString = true
		case '[', '{':
			if depth++; depth > max {
				return fmt.Errorf("invalid request: nesting deeper than %d levels", max)
			}
		case ']', '}':
			depth--
		}
	}
	return nil
}

// replyError writes one JSON-RPC error response with id null.
func (c *frameConn) replyError(code int, msg string) error {
	data, err := json.Marshal(map[string]any{
		"jsonrpc": "2.0",
		"id":      nil,
		"error":   map[string]any{"code": code, "message": msg},
	})
	if err != nil {
		return err
	}
	return c.writeRaw(append(data, '\n'))
}

func (c *frameConn) writeRaw(data []byte) error {
	c.writeMu.Lock()
	defer c.writeMu.Unlock()
	select {
	case <-c.closed:
		return io.ErrClosedPipe
	default:
	}
	_, err := c.w.Write(data)
	return err
}

// Read implements sdk.Connection.
func (c *frameConn) Read(ctx context.Context) (jsonrpc.Message, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	select {
	case <-ctx.Done():
		return nil, ctx.Err()
	case msg := <-c.incoming:
		return msg, nil
	case <-c.done:
		if c.readErr != nil && c.readErr != io.EOF {
			return nil, c.readErr
		}
		return nil, io.EOF
	case <-c.closed:
		return nil, io.EOF
	}
}

// Write implements sdk.Connection.
func (c *frameConn) Write(ctx context.Context, msg jsonrpc.Message) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	data, err := jsonrpc.EncodeMessage(msg)
	if err != nil {
		return fmt.Errorf("encode message: %w", err)
	}
	return c.writeRaw(append(data, '\n'))
}

// Close implements sdk.Connection.
func (c *frameConn) Close() error {
	var err error
	c.once.Do(func() {
		close(c.closed)
		// Closing the reader unblocks the read loop (stdin, a pipe); the
		// writer is the caller's (stdout) and stays open.
		if c.rc != nil {
			err = c.rc.Close()
		}
	})
	return err
}

// SessionID implements sdk.Connection.
func (c *frameConn) SessionID() string { return "" }

// FrameLimit is the stdio frame limit for an inline-content limit:
// DefaultMaxFrameBytes, or more when the largest accepted inline content
// (plus JSON escaping of half of it) needs it.
func FrameLimit(maxInputBytes int) int {
	return max(DefaultMaxFrameBytes, maxInputBytes+maxInputBytes/2+64<<10)
}
