package main

import "io"

func runHistory(args []string, stdout, stderr io.Writer) int { return notBuilt("history", stderr) }
