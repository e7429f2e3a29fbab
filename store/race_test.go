//go:build race

package store

// raceEnabled is true when the tests run with the race detector, which
// makes timings meaningless.
const raceEnabled = true
