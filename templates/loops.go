package templates

import (
	"errors"
	"fmt"
	"strconv"
	"text/template"
	"text/template/parse"
)

// A letter template repeats over the family's details: its pupils, their
// targets, its contacts. Those are a handful each, so such a loop ends
// soon. A loop over a number has no such bound ({{range 100000000000}}
// writes nothing and calls nothing, yet runs for minutes), and
// text/template cannot be interrupted. Two things keep a letter from
// leaving work running after it is refused:
//
//   - checkLoops refuses, when the template loads, the loops that are
//     plainly not bounded by the family's details, naming file and line;
//   - guardLoops makes every loop consult the letter's guard on every
//     pass, so whatever loop the check cannot see through stops at its
//     next pass once the letter is refused.
//
// guardLoops is what makes this sound. text/template repeats work in two
// ways only: a range runs its body once per element, and {{template}}
// runs a part again, so a part that uses itself repeats. A guard at the
// start of every range body and of every part therefore runs at least
// once in every pass of every repetition. Between two guards the
// template does a stretch of its own text once, which is finite; the
// functions that stretch calls, and so every value it can print, and the
// text it writes are held to the size cap (guardedFuncs, sizeOf,
// cappedWriter), and the builtins it may use (len, index, eq, and, …) do
// a bounded amount of work on values within that cap. So once the
// letter's time is up, its template stops within one such stretch.

// maxRangeCount is the most times a template may repeat over a number
// written in it ({{range 5}} for lines to write on): a letter is a page
// or two, so anything more is a mistake.
const maxRangeCount = 100

// loopGuardFunc is the function guardLoops puts at the start of every
// loop. A school's template cannot call it: it is not among the
// functions a template is parsed with.
const loopGuardFunc = "planpackLoopGuard"

const rangeAdvice = "repeat over the family's details, such as {{range .Pupils}} or {{range .Targets}}"

// numberFuncs are the functions whose result is a number: a range over
// one repeats as many times as the template works out, however many.
var numberFuncs = map[string]bool{"len": true}

func init() {
	for _, name := range mathsFuncs {
		numberFuncs[name] = true
	}
}

// checkLoops refuses every range in t (and the parts it defines) over a
// number larger than maxRangeCount, or over a number a function works
// out, directly or through a variable that only ever holds such numbers.
// Each error names the file, line and column, like other template
// mistakes.
func checkLoops(t *template.Template) error {
	var errs []error
	for _, d := range t.Templates() {
		if d.Tree == nil || d.Root == nil {
			continue
		}
		tree := d.Tree
		vars := numberVars(tree.Root)
		walkNodes(tree.Root, func(n parse.Node) {
			r, ok := n.(*parse.RangeNode)
			if !ok {
				return
			}
			src := numberIn(r.Pipe, vars)
			if src == (number{}) {
				return
			}
			loc, _ := tree.ErrorContext(r)
			errs = append(errs, fmt.Errorf("%s: %s repeats %s; a letter must %s, or a few times at most (no more than %d, such as {{range 3}})",
				loc, rangeText(r), src.times(), rangeAdvice, maxRangeCount))
		})
	}
	return errors.Join(errs...)
}

// number is where a range's count comes from when the family's details
// do not bound it: a number written in the template larger than
// maxRangeCount, or the function that works it out, perhaps by way of a
// variable. The zero number is a range checkLoops lets through.
type number struct {
	literal  string // "100000000000"
	fn       string // "mul"
	variable string // "$n"
}

func (n number) times() string {
	switch {
	case n.variable != "" && n.literal != "":
		return "as many times as " + n.variable + " holds, which is set to " + n.literal
	case n.variable != "":
		return "as many times as " + n.variable + " holds, which is worked out by " + n.fn + " and could be any number"
	case n.literal != "":
		return n.literal + " times"
	}
	return "as many times as " + n.fn + " works out, which could be any number"
}

// numberIn says where the count of a range over p's value comes from,
// when that is a number the family's details do not bound.
func numberIn(p *parse.PipeNode, vars map[string]number) number {
	if p == nil || len(p.Cmds) == 0 {
		return number{}
	}
	last := p.Cmds[len(p.Cmds)-1]
	if len(last.Args) == 0 {
		return number{}
	}
	switch a := last.Args[0].(type) {
	case *parse.NumberNode:
		if a.IsInt && a.Int64 > maxRangeCount {
			return number{literal: a.Text}
		}
	case *parse.IdentifierNode:
		if numberFuncs[a.Ident] {
			return number{fn: a.Ident}
		}
	case *parse.PipeNode:
		return numberIn(a, vars)
	case *parse.VariableNode:
		if len(a.Ident) == 1 {
			if n, ok := vars[a.Ident[0]]; ok {
				n.variable = a.Ident[0]
				return n
			}
		}
	}
	return number{}
}

// numberVars finds the variables in a part that are only ever set to
// whole numbers, at least once to one numberIn finds. A variable ever set
// to anything else (a list, a field, a range's element) is left out, so
// a range over it is left to the guard.
func numberVars(root *parse.ListNode) map[string]number {
	found := map[string]number{}
	other := map[string]bool{}
	note := func(p *parse.PipeNode, fromRange bool) {
		for _, v := range p.Decl {
			name := v.Ident[0]
			switch n := numberIn(p, nil); {
			case fromRange:
				other[name] = true
			case n != (number{}):
				found[name] = n
			case isWholeNumber(p):
				// A few times, as a range over the number itself may.
			default:
				other[name] = true
			}
		}
	}
	walkNodes(root, func(n parse.Node) {
		switch n := n.(type) {
		case *parse.ActionNode:
			note(n.Pipe, false)
		case *parse.IfNode:
			note(n.Pipe, false)
		case *parse.WithNode:
			note(n.Pipe, false)
		case *parse.RangeNode:
			note(n.Pipe, true)
		}
	})
	for name := range other {
		delete(found, name)
	}
	return found
}

// isWholeNumber reports whether a pipeline is just a whole number
// written in the template.
func isWholeNumber(p *parse.PipeNode) bool {
	if len(p.Cmds) != 1 || len(p.Cmds[0].Args) != 1 {
		return false
	}
	n, ok := p.Cmds[0].Args[0].(*parse.NumberNode)
	return ok && n.IsInt
}

// rangeText is a range's opening as the school wrote it, for messages.
func rangeText(r *parse.RangeNode) string {
	return "{{range " + r.Pipe.String() + "}}"
}

// loopError is a letter stopped by the guard at the start of a loop: it
// names where the loop is, so the school can find it.
type loopError struct{ loc, what string }

func (e *loopError) Error() string {
	return fmt.Sprintf("%s: stopped after %s: %s, and a whole letter takes far less, so it probably repeats without end; a letter must %s",
		e.loc, maxLetterTime, e.what, rangeAdvice)
}

// guardLoops puts a call of loopGuardFunc at the start of every range
// body and every part of t (see the top of this file for why that is
// enough). Each call carries where its loop is and what it is, for the
// message; the calls print nothing. It changes t's parse trees, so it
// runs once, before t is cloned or run.
func guardLoops(t *template.Template) {
	for _, d := range t.Templates() {
		if d.Tree == nil || d.Root == nil {
			continue
		}
		tree := d.Tree
		type guarded struct {
			list      *parse.ListNode
			loc, what string
		}
		// Every place is found before any guard goes in, so the guards
		// are not part of the text a message quotes.
		loc, _ := tree.ErrorContext(tree.Root)
		what := fmt.Sprintf("{{define %q}}", d.Name())
		if d.Name() == t.Name() {
			what = "the letter"
		}
		lists := []guarded{{tree.Root, loc, what + " was still being used again and again"}}
		walkNodes(tree.Root, func(n parse.Node) {
			if r, ok := n.(*parse.RangeNode); ok {
				loc, _ := tree.ErrorContext(r)
				lists = append(lists, guarded{r.List, loc, rangeText(r) + " was still repeating"})
			}
		})
		for _, g := range lists {
			g.list.Nodes = append([]parse.Node{guardCall(g.loc, g.what)}, g.list.Nodes...)
		}
	}
}

// guardCall is {{planpackLoopGuard "loc" "what"}}. It is parsed on its
// own, as parse offers no other way to make an action; so it belongs to a
// tree of its own, and its position is in that tree's text, not the
// letter's.
func guardCall(loc, what string) parse.Node {
	tree := parse.New(loopGuardFunc)
	tree.Mode = parse.SkipFuncCheck
	src := "{{" + loopGuardFunc + " " + strconv.Quote(loc) + " " + strconv.Quote(what) + "}}"
	if _, err := tree.Parse(src, "", "", map[string]*parse.Tree{}); err != nil {
		panic("templates: the loop guard does not parse: " + err.Error())
	}
	return tree.Root.Nodes[0]
}

// loopGuard is loopGuardFunc for one runner: it stops the letter r is
// running once its time is up, saying where.
func loopGuard(r *runner) func(loc, what string) (string, error) {
	return func(loc, what string) (string, error) {
		if r.g.check() != nil {
			return "", &loopError{loc, what}
		}
		return "", nil
	}
}

// walkNodes calls visit on n and every node under it, in the order they
// appear in the template.
func walkNodes(n parse.Node, visit func(parse.Node)) {
	switch n := n.(type) {
	case nil:
		return
	case *parse.ListNode:
		if n == nil {
			return
		}
		visit(n)
		for _, c := range n.Nodes {
			walkNodes(c, visit)
		}
		return
	case *parse.PipeNode:
		if n == nil {
			return
		}
		visit(n)
		for _, c := range n.Cmds {
			walkNodes(c, visit)
		}
		return
	}
	visit(n)
	switch n := n.(type) {
	case *parse.ActionNode:
		walkNodes(n.Pipe, visit)
	case *parse.CommandNode:
		for _, a := range n.Args {
			walkNodes(a, visit)
		}
	case *parse.ChainNode:
		walkNodes(n.Node, visit)
	case *parse.IfNode:
		walkBranch(&n.BranchNode, visit)
	case *parse.RangeNode:
		walkBranch(&n.BranchNode, visit)
	case *parse.WithNode:
		walkBranch(&n.BranchNode, visit)
	case *parse.TemplateNode:
		walkNodes(n.Pipe, visit)
	}
}

func walkBranch(b *parse.BranchNode, visit func(parse.Node)) {
	walkNodes(b.Pipe, visit)
	walkNodes(b.List, visit)
	walkNodes(b.ElseList, visit)
}
