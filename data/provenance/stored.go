package provenance

// Stored is a statement's group as a database keeps it, worked out once
// for a whole library (store.DB.MakeReports): only a statement that
// other stories report too has one.
type Stored struct {
	Statement int32 // its place among its story's statements
	Group     int64 // its group's number, the same for every report of it
	Rank      int32 // its place in its group, the earliest report 0
}
