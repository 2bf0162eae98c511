package main

import "io"

func runInit(args []string, stdout, stderr io.Writer) int { return notBuilt("init", stderr) }
