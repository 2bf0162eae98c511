package templates

import (
	"fmt"
	"slices"
	"text/template"

	"github.com/Masterminds/sprig/v3"

	"planpack/internal/plan"
)

// safeFuncs and mathsFuncs are the part of sprig a letter may use: text,
// lists, dates and arithmetic. Left out on purpose: anything that reads
// the environment, files or the network (env, expandenv, getHostByName,
// the path functions), makes keys, passwords or random values (which
// would also break byte-identical output, as would now and ago), and
// anything whose output grows without bound from a small input (repeat,
// until, untilStep, seq, indent, nindent).
var safeFuncs = []string{
	// strings
	"abbrev", "abbrevboth", "trunc", "trim", "upper", "lower", "title", "untitle",
	"substr", "trimall", "trimAll", "trimSuffix", "trimPrefix", "nospace", "initials",
	"swapcase", "snakecase", "camelcase", "kebabcase", "wrap", "wrapWith", "contains",
	"hasPrefix", "hasSuffix", "quote", "squote", "cat", "replace", "plural", "toString",
	"split", "splitList", "splitn", "toStrings", "join", "sortAlpha",
	// defaults and logic
	"default", "empty", "coalesce", "all", "any", "compact", "ternary", "fail",
	// lists and dicts
	"list", "tuple", "first", "rest", "last", "initial", "reverse", "uniq", "without",
	"has", "slice", "concat", "append", "prepend", "dict", "get", "hasKey", "keys",
	"pick", "omit", "values", "dig",
	// dates (never the clock)
	"date", "dateInZone", "date_in_zone", "dateModify", "date_modify", "toDate",
	"duration", "htmlDate", "unixEpoch",
}

// mathsFuncs are the safe functions whose result is a number.
var mathsFuncs = []string{
	"atoi", "int", "int64", "float64", "add1", "add", "sub", "div", "mod", "mul",
	"biggest", "max", "min", "maxf", "minf", "ceil", "floor", "round",
	"add1f", "addf", "subf", "divf", "mulf",
}

var letterFuncs = func() template.FuncMap {
	all := sprig.TxtFuncMap()
	m := template.FuncMap{}
	for _, name := range slices.Concat(safeFuncs, mathsFuncs) {
		f, ok := all[name]
		if !ok {
			panic("templates: sprig has no function " + name)
		}
		m[name] = f
	}
	// The builtins that make text, as the same functions, so that each
	// letter's guard covers them too (guardedFuncs).
	m["print"], m["printf"], m["println"] = fmt.Sprint, fmt.Sprintf, fmt.Sprintln
	m["html"], m["js"], m["urlquery"] = template.HTMLEscaper, template.JSEscaper, template.URLQueryEscaper
	m["longDate"] = LongDate
	m["longDateIn"] = LongDateIn
	m["andList"] = plan.JoinAnd
	return m
}()
