package main

import "io"

func runPhrase(args []string, stdout, stderr io.Writer) int { return notBuilt("phrase", stderr) }
