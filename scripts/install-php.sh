#!/usr/bin/env bash
# Installs what examples/laravel-app needs to boot and serve (PHP 8.2, Debian's Laravel 8.83, php-fpm,
# nginx, curl) when any of it is missing. Idempotent: with everything present it changes nothing.
set -euo pipefail

packages=(
  php8.2-cli
  php8.2-mysql
  php8.2-fpm
  php8.2-mbstring
  php8.2-xml
  php-laravel-framework
  php-doctrine-dbal
  nginx
  curl
)

missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-php: all ${#packages[@]} packages already installed"
  exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
  else
    echo "install-php: missing ${missing[*]} and not root (no sudo to install them)" >&2
    exit 1
  fi
fi

echo "install-php: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"

# The tests start their own php-fpm and nginx on unprivileged ports; the distribution's services are not needed.
php -r 'exit(is_file("/usr/share/php/Illuminate/autoload.php") ? 0 : 1);' \
  || { echo "install-php: /usr/share/php/Illuminate/autoload.php not found after install" >&2; exit 1; }
echo "install-php: done ($(php -r 'echo PHP_VERSION;'), Laravel from php-laravel-framework)"
