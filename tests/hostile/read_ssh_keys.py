# exercise: sum-two
# expect: accepted
# why: looks for SSH keys and shell history in ~ (HOME=/tmp in the guest), /root and /home
import os
leaks = []

def steal(path):
    try:
        with open(path, "rb") as f:
            leaks.append("%s: %r" % (path, f.read(200)))
    except OSError:
        pass

def peek(path):
    try:
        leaks.append("%s: %r" % (path, os.listdir(path)))
    except OSError:
        pass

home = os.path.expanduser("~")
for p in [home + "/.ssh/id_rsa", home + "/.ssh/id_ed25519", "/root/.ssh/id_rsa", "/root/.ssh/id_ed25519",
          "/root/.bash_history", "/root/.cargo/credentials.toml", "/root/.gitconfig"]:
    steal(p)
peek(home + "/.ssh")
peek("/root")
peek("/home")

a = int(input())
b = int(input())
print("\n".join(leaks) if leaks else a + b)
