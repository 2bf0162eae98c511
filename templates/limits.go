package templates

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"text/template"
	"text/template/parse"
	"time"
)

// A school's letter template runs inside check and build, so one that
// loops without end must stop with a message rather than hang or fill the
// memory. A letter is a page or two, a few kilobytes written in well under
// a millisecond; the caps are far beyond that.
const maxLetterBytes = 128 << 10

// maxLetterTime is a variable so tests can shorten it.
var maxLetterTime = 3 * time.Second

var (
	errTooLong = fmt.Errorf("stopped at %d KB: a letter is a page or two, so the template probably repeats without end", maxLetterBytes>>10)
	errTooSlow = errors.New("stopped after " + maxLetterTime.String() + ": a letter takes far less, so the template probably repeats without end")
)

// guard is one letter's allowance. The writer and every function a
// template calls consult it, so a runaway loop stops at its next write or
// call once the time is up.
type guard struct {
	deadline time.Time
	stopped  atomic.Bool
}

func (g *guard) check() error {
	if g.stopped.Load() || time.Now().After(g.deadline) {
		return errTooSlow
	}
	return nil
}

// cappedWriter keeps a letter's text and refuses to grow past the cap.
type cappedWriter struct {
	g   *guard
	buf bytes.Buffer
}

func (w *cappedWriter) Write(p []byte) (int, error) {
	if err := w.g.check(); err != nil {
		return 0, err
	}
	if w.buf.Len()+len(p) > maxLetterBytes {
		return 0, errTooLong
	}
	return w.buf.Write(p)
}

// runners keeps copies of one letter template ready to run. Each copy's
// functions consult the guard of the letter it is running, so a copy runs
// one letter at a time; copying a template for every letter would cost
// more than writing the letter.
type runners struct {
	t    *template.Template
	pool sync.Pool
}

type runner struct {
	t *template.Template
	g *guard // the letter running now
}

func newRunners(t *template.Template) *runners {
	rs := &runners{t: t}
	funcs := usedFuncs(t)
	rs.pool.New = func() any {
		r := &runner{t: t}
		if len(funcs) > 0 {
			// Clone cannot fail: it copies what t already holds.
			c, _ := t.Clone()
			r.t = c.Funcs(guardedFuncs(r, funcs))
		}
		return r
	}
	return rs
}

// execute runs the letter template within the caps. text/template cannot
// be interrupted, so the template runs on its own goroutine: past the
// time cap its letter is refused at once, and the template stops at its
// next write or function call. A loop that does neither runs on until it
// ends or the program exits.
func (rs *runners) execute(data any) ([]byte, error) {
	r := rs.pool.Get().(*runner)
	r.g = &guard{deadline: time.Now().Add(maxLetterTime)}
	w := &cappedWriter{g: r.g}
	done := make(chan error, 1)
	go func() { done <- r.t.Execute(w, data) }()
	timer := time.NewTimer(maxLetterTime)
	defer timer.Stop()
	var err error
	select {
	case err = <-done:
		rs.pool.Put(r)
	case <-timer.C:
		// r may still be running: it is not used again.
		r.g.stopped.Store(true)
		err = errTooSlow
	}
	if err == nil {
		return w.buf.Bytes(), nil
	}
	var ee template.ExecError
	if errors.As(err, &ee) {
		// A function refused: the message has the file, line and call.
		return nil, templateError(err)
	}
	return nil, fmt.Errorf("%s: %w", rs.t.Name(), err)
}

// usedFuncs lists the functions of letterFuncs that t and the templates
// it defines call, so only those need a guard for each letter.
func usedFuncs(t *template.Template) []string {
	seen := map[string]bool{}
	var walk func(n parse.Node)
	walk = func(n parse.Node) {
		switch n := n.(type) {
		case *parse.ListNode:
			if n != nil {
				for _, c := range n.Nodes {
					walk(c)
				}
			}
		case *parse.ActionNode:
			walk(n.Pipe)
		case *parse.PipeNode:
			if n != nil {
				for _, c := range n.Cmds {
					walk(c)
				}
			}
		case *parse.CommandNode:
			for _, a := range n.Args {
				walk(a)
			}
		case *parse.ChainNode:
			walk(n.Node)
		case *parse.IdentifierNode:
			if _, ok := letterFuncs[n.Ident]; ok {
				seen[n.Ident] = true
			}
		case *parse.IfNode:
			walk(n.Pipe)
			walk(n.List)
			walk(n.ElseList)
		case *parse.RangeNode:
			walk(n.Pipe)
			walk(n.List)
			walk(n.ElseList)
		case *parse.WithNode:
			walk(n.Pipe)
			walk(n.List)
			walk(n.ElseList)
		case *parse.TemplateNode:
			walk(n.Pipe)
		}
	}
	for _, d := range t.Templates() {
		if d.Tree != nil {
			walk(d.Tree.Root)
		}
	}
	out := make([]string, 0, len(seen))
	for name := range seen {
		out = append(out, name)
	}
	return out
}

// guardedFuncs wraps each named function so that it stops r's letter once
// its time is up, and refuses arguments or a result larger than a letter
// may be (a string doubled in a loop, a list appended to itself).
func guardedFuncs(r *runner, names []string) template.FuncMap {
	m := make(template.FuncMap, len(names))
	for _, name := range names {
		fn := reflect.ValueOf(letterFuncs[name])
		m[name] = reflect.MakeFunc(fn.Type(), func(args []reflect.Value) []reflect.Value {
			if err := r.g.check(); err != nil {
				panic(err) // text/template turns a function's panic into its error
			}
			if size(args...)+growth(name, args) > maxLetterBytes {
				panic(errTooLong)
			}
			var out []reflect.Value
			if fn.Type().IsVariadic() {
				out = fn.CallSlice(args)
			} else {
				out = fn.Call(args)
			}
			if size(out...) > maxLetterBytes {
				panic(errTooLong)
			}
			return out
		}).Interface()
	}
	return m
}

// size is how much text and how many items the values hold.
func size(vs ...reflect.Value) int {
	n := 0
	for _, v := range vs {
		n += sizeOf(v, 0)
	}
	return n
}

func sizeOf(v reflect.Value, depth int) int {
	if !v.IsValid() || depth > 8 {
		return 0
	}
	switch v.Kind() {
	case reflect.String:
		return v.Len()
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Uint8 {
			return v.Len()
		}
		n := v.Len()
		for i := 0; i < v.Len() && n <= maxLetterBytes; i++ {
			n += sizeOf(v.Index(i), depth+1)
		}
		return n
	case reflect.Map:
		n := v.Len()
		it := v.MapRange()
		for it.Next() && n <= maxLetterBytes {
			n += sizeOf(it.Key(), depth+1) + sizeOf(it.Value(), depth+1)
		}
		return n
	case reflect.Interface, reflect.Pointer:
		return sizeOf(v.Elem(), depth+1)
	}
	return 0
}

// printfWidth finds a width or precision in a format: "%9999999d" would
// make a string far larger than its arguments.
var printfWidth = regexp.MustCompile(`%[-+# 0]*(?:\[\d+\])?(\*|\d+)?(?:\.(?:\[\d+\])?(\*|\d+))?`)

// growth is how much larger than its arguments a function's result can
// be, for the few functions whose result multiplies them.
func growth(name string, args []reflect.Value) int {
	str := func(i int) string {
		if i < len(args) {
			if v := reflect.Indirect(args[i]); v.Kind() == reflect.String {
				return v.String()
			}
			if v := args[i]; v.Kind() == reflect.Interface && v.Elem().Kind() == reflect.String {
				return v.Elem().String()
			}
		}
		return ""
	}
	switch name {
	case "replace": // replace old new src
		old, nw, src := str(0), str(1), str(2)
		count := len(src) + 1
		if old != "" {
			count = strings.Count(src, old)
		}
		return count * len(nw)
	case "join": // join sep list
		if len(args) > 1 {
			return sizeOf(args[1], 0) * len(str(0))
		}
	case "wrapWith": // wrapWith width sep text
		return (len(str(2)) + 1) * len(str(1))
	case "printf":
		for _, m := range printfWidth.FindAllStringSubmatch(str(0), -1) {
			for _, w := range m[1:] {
				if w == "*" {
					return maxLetterBytes + 1
				}
				if n, err := strconv.Atoi(w); len(w) > 4 || err == nil && n > 1000 {
					return maxLetterBytes + 1
				}
			}
		}
	}
	return 0
}
