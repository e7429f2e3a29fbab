package session

import (
	"testing"

	"github.com/kerjasama/kerjasama/internal/enum"
	"github.com/kerjasama/kerjasama/internal/enum/enumtest"
)

var enumFuncs = map[string]enum.Funcs{
	"Level":       enum.FuncsOf[Level](ParseLevel),
	"Side":        enum.FuncsOf[Side](ParseSide),
	"Field":       enum.FuncsOf[Field](ParseField),
	"MeetingKind": enum.FuncsOf[MeetingKind](ParseMeetingKind),
	"Mode":        enum.FuncsOf[Mode](ParseMode),
	"Outcome":     enum.FuncsOf[Outcome](ParseOutcome),
	"Status":      enum.FuncsOf[Status](ParseStatus),
}

// TestEnumConvention checks every enumeration of the package against the
// convention of internal/enum.
func TestEnumConvention(t *testing.T) {
	enumtest.Convention(t, enumFuncs, levels, sides, fields, meetingKinds, modes, outcomes, statuses)
}

// TestEnumAccepted checks that every spelling accepted before the move to
// internal/enum still reads as the same value.
func TestEnumAccepted(t *testing.T) {
	enumtest.Accepted(t, "testdata/enum_accepted.txt", enumFuncs)
}
