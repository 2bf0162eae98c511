package history

import "errors"

// Find reads the filed terms of the pupil named by key, a Pupil ID or,
// for a school that exports no Pupil ID, the pupil's UPN (looked up by
// its digest, see UPNKey). isUPN says whether key is a valid UPN.
func Find(dir, key string, isUPN bool) ([]Entry, error) {
	entries, err := Read(dir, key)
	if errors.Is(err, ErrNoHistory) && isUPN {
		entries, err = Read(dir, UPNKey(key))
	}
	return entries, err
}
