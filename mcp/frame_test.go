package mcp

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/modelcontextprotocol/go-sdk/jsonrpc"
)

// pipeSession runs the real server on StdioTransport over in-memory pipes.
type pipeSession struct {
	t    *testing.T
	in   *io.PipeWriter
	out  *bufio.Reader
	done chan error
}

var (
	pipeOnce sync.Once
	pipeSrv  *Server
	pipeErr  error
)

// startPipe opens a session on a server shared by the pipe tests (the
// policies compile once).
func startPipe(t *testing.T, limit int) *pipeSession {
	t.Helper()
	pipeOnce.Do(func() { pipeSrv, pipeErr = New(context.Background(), Options{Root: repoRoot(t), Tool: testTool}) })
	if pipeErr != nil {
		t.Fatal(pipeErr)
	}
	srv := pipeSrv
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	s := &pipeSession{t: t, in: inW, out: bufio.NewReaderSize(outR, 1<<20), done: make(chan error, 1)}
	go func() {
		s.done <- srv.Serve(context.Background(), &StdioTransport{Reader: inR, Writer: outW, MaxFrameBytes: limit})
		outW.Close()
	}()
	t.Cleanup(func() {
		inW.Close()
		select {
		case <-s.done:
		case <-time.After(10 * time.Second):
			t.Error("server did not stop after stdin closed")
		}
	})
	s.send(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"t","version":"0"}}}`)
	if r := s.reply(); r.ID == nil || r.Error != nil {
		t.Fatalf("initialize: %+v", r)
	}
	s.send(`{"jsonrpc":"2.0","method":"notifications/initialized"}`)
	return s
}

func (s *pipeSession) send(frame string) {
	s.t.Helper()
	if _, err := io.WriteString(s.in, frame+"\n"); err != nil {
		s.t.Fatalf("write: %v", err)
	}
}

type rpcReply struct {
	ID     json.RawMessage `json:"id"`
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
	raw string
}

func (s *pipeSession) reply() rpcReply {
	s.t.Helper()
	type res struct {
		line string
		err  error
	}
	ch := make(chan res, 1)
	go func() {
		line, err := s.out.ReadString('\n')
		ch <- res{line, err}
	}()
	select {
	case r := <-ch:
		if r.err != nil {
			s.t.Fatalf("read reply: %v (server: %v)", r.err, drain(s.done))
		}
		var out rpcReply
		if err := json.Unmarshal([]byte(r.line), &out); err != nil {
			s.t.Fatalf("reply %q: %v", r.line, err)
		}
		out.raw = r.line
		return out
	case <-time.After(20 * time.Second):
		s.t.Fatal("no reply")
	}
	return rpcReply{}
}

func drain(ch chan error) error {
	select {
	case err := <-ch:
		return err
	default:
		return nil
	}
}

// TestMalformedFrames sends each class of bad frame through the real
// server: it answers a JSON-RPC error and still answers tools/list.
func TestMalformedFrames(t *testing.T) {
	const limit = 1 << 20
	for _, tc := range []struct {
		name  string
		frame string
		code  int
	}{
		{"not JSON", "hello there", codeParseError},
		{"truncated", `{"jsonrpc":"2.0","id":2,"method":"tools/li`, codeParseError},
		{"empty array", `[]`, codeInvalidRequest},
		{"batch", `[{"jsonrpc":"2.0","id":2,"method":"tools/list"},{"jsonrpc":"2.0","id":3,"method":"tools/list"}]`, codeInvalidRequest},
		{"string", `"tools/list"`, codeInvalidRequest},
		{"null", `null`, codeInvalidRequest},
		{"object id", `{"jsonrpc":"2.0","id":{"a":1},"method":"tools/list"}`, codeInvalidRequest},
		{"no jsonrpc version", `{"id":2,"method":"tools/list"}`, codeInvalidRequest},
		{"deep params", `{"jsonrpc":"2.0","id":2,"method":"tools/list","params":` + strings.Repeat("[", 100000) + strings.Repeat("]", 100000) + `}`, codeInvalidRequest},
		{"oversize", `{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"scan","arguments":{"content":"` + strings.Repeat("SECRETSECRET", limit/6) + `"}}}`, codeInvalidRequest},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := startPipe(t, limit)
			s.send(tc.frame)
			r := s.reply()
			if r.Error == nil || r.Error.Code != tc.code || string(r.ID) != "null" {
				t.Fatalf("reply %.300s, want error %d with id null", r.raw, tc.code)
			}
			if strings.Contains(r.raw, "SECRET") || len(r.raw) > 1024 {
				t.Errorf("the reply echoes the frame: %.300s", r.raw)
			}
			s.send(`{"jsonrpc":"2.0","id":99,"method":"tools/list"}`)
			r = s.reply()
			if string(r.ID) != "99" || r.Error != nil || !strings.Contains(string(r.Result), `"scan"`) {
				t.Errorf("tools/list after the bad frame: %.300s", r.raw)
			}
		})
	}
}

// repeatReader yields n bytes of b repeated, without holding them.
type repeatReader struct {
	b byte
	n int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, io.EOF
	}
	k := min(len(p), r.n)
	for i := range p[:k] {
		p[i] = r.b
	}
	r.n -= k
	return k, nil
}

// TestHugeFrameBoundedMemory streams a 50 MB frame: it is skipped without
// being buffered, answered once, and the session goes on.
func TestHugeFrameBoundedMemory(t *testing.T) {
	const limit = 1 << 20
	s := startPipe(t, limit)
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	go func() {
		io.WriteString(s.in, `{"jsonrpc":"2.0","id":2,"method":"x","params":"`)
		io.Copy(s.in, &repeatReader{'A', 50 << 20})
		io.WriteString(s.in, "\"}\n")
	}()
	r := s.reply()
	if r.Error == nil || r.Error.Code != codeInvalidRequest || string(r.ID) != "null" || strings.Contains(r.raw, "AAAA") {
		t.Fatalf("reply %.300s", r.raw)
	}
	s.send(`{"jsonrpc":"2.0","id":3,"method":"tools/list"}`)
	if r := s.reply(); string(r.ID) != "3" || r.Error != nil {
		t.Fatalf("tools/list after the huge frame: %.300s", r.raw)
	}
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if grew := after.TotalAlloc - before.TotalAlloc; grew > 16<<20 {
		t.Errorf("allocated %d MiB reading a 50 MB frame with a 1 MiB limit", grew>>20)
	}
}

func TestCheckFrame(t *testing.T) {
	for _, tc := range []struct {
		frame string
		code  int // 0: accepted
	}{
		{`{"jsonrpc":"2.0","id":1,"method":"ping"}`, 0},
		{`   `, 0},
		{`{"jsonrpc":"2.0","id":1,"method":"ping","params":{"s":"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}}`, 0},
		{`{"jsonrpc":"2.0","id":1,"method":"ping","params":{"s":"\"[[["}}`, 0},
		{strings.Repeat("{\"a\":", MaxFrameDepth+1) + "1" + strings.Repeat("}", MaxFrameDepth+1), codeInvalidRequest},
		{`{"a":`, codeParseError},
		{`[1]`, codeInvalidRequest},
		{`42`, codeInvalidRequest},
	} {
		_, err := checkFrame([]byte(tc.frame))
		got := 0
		if fe, ok := err.(*frameError); ok {
			got = fe.code
		} else if err != nil {
			t.Errorf("checkFrame(%.40q): %v, not a frame error", tc.frame, err)
		}
		if got != tc.code {
			t.Errorf("checkFrame(%.40q) code %d, want %d", tc.frame, got, tc.code)
		}
	}
}

// FuzzFrame feeds arbitrary streams to the framing layer: it never
// panics, answers every bad frame with one error line, and never writes a
// frame's content back.
func FuzzFrame(f *testing.F) {
	for _, seed := range []string{
		`{"jsonrpc":"2.0","id":1,"method":"ping"}` + "\n",
		"hello\n",
		"[]\n",
		`[{"jsonrpc":"2.0","id":1,"method":"ping"}]` + "\n",
		`{"jsonrpc":"2.0","id":{},"method":"ping"}` + "\n",
		`{"jsonrpc":"2.0","id":1,"method":"ping","params":` + strings.Repeat("[", 200) + "\n",
		strings.Repeat("x", 5000) + "\n" + `{"jsonrpc":"2.0","id":1,"method":"ping"}` + "\n",
		"\r\n\n{}\r\n",
		`{"a":"\"}` + "\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var out bytes.Buffer
		c := &frameConn{w: &out, incoming: make(chan jsonrpc.Message), closed: make(chan struct{}), done: make(chan struct{})}
		go func() {
			for range c.incoming {
			}
		}()
		c.readLoop(bytes.NewReader(data), 1024)
		close(c.incoming)
		for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
			if line == "" {
				continue
			}
			var r struct {
				ID    json.RawMessage
				Error struct{ Code int }
			}
			if err := json.Unmarshal([]byte(line), &r); err != nil || string(r.ID) != "null" || (r.Error.Code != codeParseError && r.Error.Code != codeInvalidRequest) {
				t.Fatalf("reply %q", line)
			}
			if len(line) > 256 {
				t.Fatalf("long reply %q", line)
			}
		}
	})
}

// TestLargeArgumentsNotEchoed: a large frame under the limit whose
// arguments are wrong is answered without repeating them.
func TestLargeArgumentsNotEchoed(t *testing.T) {
	s := startPipe(t, 8<<20)
	big := strings.Repeat("SECRETSECRET", 5<<20/12)
	for i, args := range []string{
		`{"kind":"` + big + `","content":"x"}`,
		`{"path":"` + big + `"}`,
		`{"kind":"terraform","content":"` + big + `"}`,
	} {
		s.send(`{"jsonrpc":"2.0","id":` + string(rune('2'+i)) + `,"method":"tools/call","params":{"name":"scan","arguments":` + args + `}}`)
		r := s.reply()
		if len(r.raw) > 4096 {
			t.Errorf("reply of %d bytes echoes the argument: %.300s", len(r.raw), r.raw)
		}
	}
}
