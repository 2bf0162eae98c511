package pack

import (
	"errors"
	"fmt"
	"io"
	"io/fs"

	"planpack/internal/config"
	"planpack/internal/history"
	"planpack/internal/plan"
	"planpack/internal/safefile"
	"planpack/render"
)

// ErrNoHistory means the pupil has no plans filed in the history folder.
var ErrNoHistory = history.ErrNoHistory

// EvidenceName is the file an evidence pack is written to when no other
// is asked for: the child's name, never the UPN.
func EvidenceName(entries []history.Entry) string {
	return safefile.Name(entries[0].Record.Name+" evidence") + ".pdf"
}

// Evidence writes the EHC needs assessment evidence pack for the pupil
// named by key (a Pupil ID, or a UPN for a school that exports none) from
// the history folder to out ("" for EvidenceName in the current folder).
// An existing file is replaced only with force. It returns the path written.
func Evidence(cfg *config.Config, key, out string, force bool) (string, error) {
	pdf, name, err := EvidencePDF(cfg, key)
	if err != nil {
		return "", err
	}
	if out == "" {
		out = name
	}
	err = safefile.Write(out, 0o600, safefile.Options{Keep: !force}, func(w io.Writer) error { _, err := w.Write(pdf); return err })
	if errors.Is(err, fs.ErrExist) {
		return "", &ConfigError{fmt.Errorf("%s already exists; give another -o FILE, or -force to replace it", out)}
	}
	if err != nil {
		return "", err
	}
	return out, nil
}

// EvidencePDF draws the evidence pack for the pupil named by key, as
// Evidence writes it, and returns it with its EvidenceName.
func EvidencePDF(cfg *config.Config, key string) (pdf []byte, name string, err error) {
	if cfg.History == "" {
		return nil, "", &ConfigError{errors.New(`no history folder is set; add history = "history" to planpack.toml and build each term with it`)}
	}
	entries, err := history.Find(cfg.Resolve(cfg.History), key, plan.CheckUPN(key) == nil)
	if err != nil {
		return nil, "", err
	}
	d, err := render.NewDoc(cfg)
	if err != nil {
		return nil, "", err
	}
	if err := d.Evidence(entries); err != nil {
		return nil, "", err
	}
	pdf, err = d.Bytes()
	return pdf, EvidenceName(entries), err
}
