# Sourced by ./litgraph and .ci/run. Defines find_jdk, which prints the home of a JDK >= 21:
# $JAVA_HOME if it qualifies, else the newest under the system's JVM directories, else the
# java on PATH. Prints nothing and returns 1 when there is none.

java_major() { # JAVA_HOME -> major version (17, 21, 25, ...) or nothing
  local v=""
  # the JDK's release file says it without starting a JVM (each start costs ~0.4 s)
  if [ -f "$1/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9.]*\).*/\1/p' "$1/release" | head -1)
    case "$v" in 1.*) v="${v#1.}"; v="1.${v%%.*}" ;; *) v="${v%%.*}" ;; esac
  fi
  if [ -z "$v" ]; then
    v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
  fi
  case "$v" in 1.*) echo "${v#1.}" ;; *) echo "$v" ;; esac
}

find_jdk() {
  local min=21 best="" best_v=0 home v
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v=$(java_major "$JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge "$min" ]; then echo "$JAVA_HOME"; return 0; fi
  fi
  for home in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home /opt/java/* /opt/jdk*; do
    [ -x "$home/bin/javac" ] || continue
    v=$(java_major "$home")
    if [ -n "$v" ] && [ "$v" -ge "$min" ] && [ "$v" -gt "$best_v" ]; then best="$home"; best_v="$v"; fi
  done
  if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
    home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    v=$(java_major "$home")
    if [ -n "$v" ] && [ "$v" -ge "$min" ]; then best="$home"; fi
  fi
  [ -n "$best" ] || return 1
  echo "$best"
}
