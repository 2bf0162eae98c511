package main

import "io"

func runTemplates(args []string, stdout, stderr io.Writer) int { return notBuilt("templates", stderr) }
