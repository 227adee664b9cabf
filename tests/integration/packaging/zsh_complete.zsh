# zsh_complete.zsh SCRIPT WORD... - runs the generated zsh completion's
# functions through zsh's bashcompinit layer (as `_bash_complete` does,
# without a completion widget) and prints the candidates for the last WORD.
# zsh filters them by the typed prefix itself (compadd), so all are printed.
autoload -U +X bashcompinit && bashcompinit
source <(sed '/^#compdef/d; /^_bash_complete/d; /^autoload/d; /^complete /d' $1)
shift
COMP_WORDS=("$@")
COMP_CWORD=$(( $# - 1 ))
compgen -F _sextant -- "${@[-1]}"
