# A print without its newline at the end runs into the trace's last lines.
x = []
print('no newline', end='')
