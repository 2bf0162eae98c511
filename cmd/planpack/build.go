package main

import "io"

func runBuild(args []string, stdout, stderr io.Writer) int { return notBuilt("build", stderr) }
