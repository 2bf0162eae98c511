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

// maxUniqItems is the longest list uniq may be given. uniq compares
// every item with every other, so its time grows with the square of the
// list: 2,000 items take a few milliseconds, but the tens of thousands a
// 128 KB list can hold take longer than a letter's time, in one call
// that cannot be stopped. A letter's lists are a handful of items.
const maxUniqItems = 2000

var (
	errUniqTooLong = fmt.Errorf("stopped: uniq was given more than %d items, which would take minutes; a letter's lists are a handful of items, so the template probably repeats without end", maxUniqItems)
	errTooLong     = fmt.Errorf("stopped at %d KB: a letter is a page or two, so the template probably repeats without end", maxLetterBytes>>10)
	errTooSlow     = errors.New("stopped after " + maxLetterTime.String() + ": a letter takes far less, so the template probably repeats without end")
)

// guard is one letter's allowance. Every function a template calls and
// every pass of every loop consult it (guardLoops), so a runaway template
// stops at its next pass or call once the time is up.
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
// It leaves the time to the loop guards, which say where the letter was.
type cappedWriter struct {
	buf bytes.Buffer
}

func (w *cappedWriter) Write(p []byte) (int, error) {
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

// newRunners makes t's runners. It puts the loop guards into t's parse
// trees, so t must not be run or cloned before.
func newRunners(t *template.Template) *runners {
	rs := &runners{t: t}
	funcs := usedFuncs(t)
	guardLoops(t)
	rs.pool.New = func() any {
		r := &runner{}
		// Clone cannot fail: it copies what t already holds.
		c, _ := t.Clone()
		r.t = c.Funcs(guardedFuncs(r, funcs))
		return r
	}
	return rs
}

// stopGrace is how long a letter refused for its time is given to stop
// at its next loop pass or call, so the message can say where it was.
const stopGrace = time.Second

// execute runs the letter template within the caps. text/template cannot
// be interrupted, so the template runs on its own goroutine: past the
// time cap its letter is refused, and the template stops at its next
// loop pass or function call, which comes soon whatever the template
// (guardLoops).
func (rs *runners) execute(data any) ([]byte, error) {
	r := rs.pool.Get().(*runner)
	r.g = &guard{deadline: time.Now().Add(maxLetterTime)}
	w := &cappedWriter{}
	done := make(chan error, 1)
	go func() { done <- r.t.Execute(w, data) }()
	timer := time.NewTimer(maxLetterTime)
	defer timer.Stop()
	var err error
	select {
	case err = <-done:
		rs.pool.Put(r)
	case <-timer.C:
		r.g.stopped.Store(true)
		timer.Reset(stopGrace)
		select {
		case err = <-done:
			rs.pool.Put(r)
		case <-timer.C:
			// Stuck in one long call: r is not used again.
			err = errTooSlow
		}
	}
	if err == nil {
		return w.buf.Bytes(), nil
	}
	var le *loopError
	if errors.As(err, &le) {
		return nil, le
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
	walk := func(n parse.Node) {
		walkNodes(n, func(n parse.Node) {
			if id, ok := n.(*parse.IdentifierNode); ok {
				if _, ok := letterFuncs[id.Ident]; ok {
					seen[id.Ident] = true
				}
			}
		})
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
// may be (a string doubled in a loop, a list appended to itself). It adds
// the loop guard that guardLoops calls.
func guardedFuncs(r *runner, names []string) template.FuncMap {
	m := make(template.FuncMap, len(names)+1)
	m[loopGuardFunc] = loopGuard(r)
	for _, name := range names {
		fn := reflect.ValueOf(letterFuncs[name])
		m[name] = reflect.MakeFunc(fn.Type(), func(args []reflect.Value) []reflect.Value {
			if err := r.g.check(); err != nil {
				panic(err) // text/template turns a function's panic into its error
			}
			if size(args...)+growth(name, args) > maxLetterBytes {
				panic(errTooLong)
			}
			if name == "uniq" && len(args) == 1 && listLen(args[0]) > maxUniqItems {
				panic(errUniqTooLong)
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

// listLen is how many items a list or array holds, 0 for anything else.
func listLen(v reflect.Value) int {
	for v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	if v.Kind() == reflect.Slice || v.Kind() == reflect.Array {
		return v.Len()
	}
	return 0
}

// size is how much text and how many items the values hold.
func size(vs ...reflect.Value) int {
	n := 0
	for _, v := range vs {
		n += sizeOf(v, 0)
	}
	return n
}

// maxDepth is how deep lists and dicts may nest: a letter's details
// are a few levels deep. Deeper is counted as too large rather than left
// uncounted, since a dict holding the same dict twice, built up level by
// level, is small to build and check at each step yet doubles with every
// level once printed in full.
const maxDepth = 64

func sizeOf(v reflect.Value, depth int) int {
	if !v.IsValid() {
		return 0
	}
	if depth > maxDepth {
		return maxLetterBytes + 1
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
	case reflect.Interface:
		// A list's or dict's items are interfaces: not a level of their own.
		return sizeOf(v.Elem(), depth)
	case reflect.Pointer:
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
