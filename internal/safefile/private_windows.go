//go:build windows

package safefile

import "golang.org/x/sys/windows"

// Private keeps the folder dir, and what is made in it later, to its
// owner. Windows ignores Unix modes; what protects a file there is its
// access list, which by default it inherits from the folder above, where
// a school's shared drive may let every staff account read. So dir gets a
// protected access list of its own (nothing inherited from above) granting
// the current user full control, inherited by every file and folder made
// in it. A file moved or renamed within the drive keeps that list, so the
// pack keeps it when its folder is renamed into place.
func Private(dir string) error {
	user, err := windows.GetCurrentProcessToken().GetTokenUser()
	if err != nil {
		return err
	}
	acl, err := windows.ACLFromEntries([]windows.EXPLICIT_ACCESS{{
		AccessPermissions: windows.GENERIC_ALL,
		AccessMode:        windows.GRANT_ACCESS,
		Inheritance:       windows.SUB_CONTAINERS_AND_OBJECTS_INHERIT,
		Trustee: windows.TRUSTEE{
			TrusteeForm:  windows.TRUSTEE_IS_SID,
			TrusteeType:  windows.TRUSTEE_IS_USER,
			TrusteeValue: windows.TrusteeValueFromSID(user.User.Sid),
		},
	}}, nil)
	if err != nil {
		return err
	}
	return windows.SetNamedSecurityInfo(dir, windows.SE_FILE_OBJECT,
		windows.DACL_SECURITY_INFORMATION|windows.PROTECTED_DACL_SECURITY_INFORMATION, nil, nil, acl, nil)
}
