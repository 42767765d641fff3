let osTwins: [Twin] = [
    machineFacts,
]
