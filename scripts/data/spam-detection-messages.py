"""Writes projects/spam-detection/data/messages.csv: short messages written for teaching.

Every message is invented for Buildpath. Names are common first names, shops and firms are
made up, web addresses use example.com, example.org or the reserved .test domain, and phone
numbers use the fictional 555-01xx range. About half the messages are written out by hand
below; the rest come from templates filled in by a seeded random generator, so running this
script again writes the same file.

    python3 scripts/data/spam-detection-messages.py
"""
import csv
import pathlib
import random

HAM_BY_HAND = [
    "Running 10 minutes late, save me a seat please",
    "Can you pick up milk and bread on the way home?",
    "Meeting moved to 3pm, same room as last week",
    "Happy birthday! Hope you have a lovely day with the kids",
    "Did you remember to book the dentist for Thursday?",
    "I left the spare key under the blue plant pot",
    "Thanks for dinner last night, the lasagne was amazing",
    "The quarterly report is on the shared drive, comments welcome by Friday",
    "Mum says the train gets in at 6.45, can you collect her?",
    "Are we still on for tennis on Saturday morning?",
    "Your order has shipped and should arrive on Tuesday. Track it in your account at shop.example.com",
    "Receipt: 2 coffees and a muffin, total 8.40. Thank you for visiting Bean There Cafe",
    "Reminder: your appointment with Dr Patel is tomorrow at 9:30",
    "Could you send me the slides from this morning's talk?",
    "I'm at the supermarket, do we need anything else?",
    "Lunch at the Thai place at 12:30? My treat",
    "Football practice is cancelled tonight because of the rain",
    "Just landed, will call you once I'm through passport control",
    "The plumber is coming between 8 and 10 tomorrow",
    "Can you review my pull request before the standup?",
    "Parents evening is on the 14th, I've put it in the family calendar",
    "Great job on the presentation today, the client loved it",
    "The wifi password for the cottage is on the fridge",
    "Sorry I missed your call, I was in a meeting. Free after 4",
    "Don't forget your gym bag, it's by the door",
    "Your library books are due back on Monday",
    "We're out of coffee filters, add them to the list?",
    "Invoice 2231 paid, thank you. A copy is attached for your records",
    "Dinner is in the oven, should be ready by 7",
    "Hi team, the build is green again, thanks for fixing the flaky test",
    "Can we push our 1:1 to Wednesday? Something came up",
    "The kids want pizza tonight, ok with you?",
    "I found your glasses, they were in the car",
    "Your prescription is ready to collect from the pharmacy",
    "Flight confirmed: departs 07:15, gate opens an hour before",
    "Please water the tomatoes while we're away, thanks!",
    "Happy anniversary to my favourite person",
    "Bring a jacket, it's colder than it looks",
    "The agenda for Monday's planning session is below, add items if you have any",
    "Your parcel was left with your neighbour at number 12",
    "I'll be working from home tomorrow, ping me on chat",
    "Can you lend me your drill this weekend?",
    "We raised 340 at the bake sale, thank you everyone!",
    "Grandma loved the photos you sent",
    "Payment received for your electricity bill. No action needed",
    "Is the car booked in for its service yet?",
    "Choir rehearsal starts half an hour earlier next week",
    "The new starter joins on Monday, could you show her around?",
    "Leaving work now, see you in 30",
    "Remember to sign the school trip form tonight",
    "I booked the table for 4 people at 8pm",
    "Welcome to the team! Your laptop will be ready on your first day",
    "Your train ticket for the 17:02 to Leeds is in the app",
    "Thanks for the feedback, I've updated the draft",
    "Do you want to share a taxi to the airport on Friday?",
    "The boiler is making that noise again, I'll call someone",
    "Hope the interview went well! Let me know how it went",
    "Your refund of 24.99 has been processed and will appear in 3 to 5 days",
    "Password changed successfully. If this wasn't you, contact our help desk",
    "Can you cover my shift on Sunday? I'll swap for next week",
    "Bin day moved to Friday because of the bank holiday",
    "I'm making soup, want some?",
    "Let's meet at the main entrance of the museum at 11",
    "The wedding RSVP deadline is the end of the month",
    "Sprint review notes are in the wiki, see the action items at the bottom",
    "Good luck in your exam tomorrow, you've worked hard for it",
    "The cat has been fed, don't let her tell you otherwise",
    "Our flight is delayed by 40 minutes, grab a coffee",
    "Could you check the numbers in row 18 of the budget sheet?",
    "Hey, are you free for a quick call about the roadmap?",
    "Your booking at Riverside Hotel is confirmed for 2 nights",
    "Dad's surgery went well, he's resting now",
    "I'll pick the kids up from swimming at 5",
    "New timetable for the autumn term is attached",
    "Who's bringing dessert on Sunday?",
    "Car is fixed, it was just the battery",
    "Can you print 20 copies of the handout before the workshop?",
    "Your subscription renews on the 3rd. You can manage it in your account settings",
    "Our offices are closed on Monday for the holiday",
    "Well done on finishing the marathon!",
    "The recipe says 180 degrees for 25 minutes",
    "Meeting notes: budget approved, hiring paused until March",
    "Could you remind me what time the concert starts?",
    "Thanks for lending me the book, I'll return it next week",
    "Please review the contract changes before we sign",
    "My phone is nearly dead, I'll message you from the hotel",
    "Your table at Olive & Vine is booked for Saturday at 7:30",
    "Jess scored two goals today, she was so proud",
    "We need to renew the car insurance before the 20th",
    "Dentist said no fillings, hooray",
    "Welcome back! Your desk has moved to the third floor",
    "Could you forward me the invoice from the caterers?",
    "Heading to the park with the dog, back in an hour",
    "Standup is at 9:15 today instead of 9",
    "I've shared the holiday photos in the family album",
    "The team lunch is on Thursday, vote for a restaurant in the poll",
    "Your energy meter reading is due this week",
    "Sorry, can't make it tonight, the baby has a cold",
    "Order 5531 is ready for pickup at the store counter",
]

SPAM_BY_HAND = [
    "WINNER!! You have been selected to receive a 1000 prize. Claim now at http://prize-claim.test",
    "URGENT: your account will be suspended. Verify your details within 24 hours at www.secure-verify.test",
    "Congratulations! You've won a free cruise for two. Call 555-0147 now to claim",
    "Cheap meds online, no prescription needed, 80% off today only!!!",
    "You have 1 unclaimed reward waiting. Click https://rewards.example.com/claim before midnight",
    "Make 5000 a week from home! No experience needed. Reply YES to start",
    "FINAL NOTICE: your parcel could not be delivered. Pay the 1.99 fee at http://parcel-redeliver.test",
    "Lowest mortgage rates guaranteed! Apply now, approval in 60 seconds",
    "Hot singles in your area want to meet you tonight, visit www.meet-now.test",
    "Your loan of 2500 is pre-approved. Text LOAN to 555-0188",
    "Act now! Limited offer: designer watches at 90% off, free shipping",
    "Dear customer, we detected unusual activity. Confirm your password at http://bank-alerts.test/login",
    "You are our lucky visitor number 1000000! Claim your iPhone now",
    "Earn cash fast!!! Work only 2 hours a day. Sign up at www.easy-money.test",
    "Lose 10 kg in 10 days with this one weird trick",
    "FREE entry into our weekly draw to win 500 in cash. Txt WIN to 555-0123",
    "Your tax refund of 348.20 is ready. Submit your bank details at http://refund-now.test",
    "Exclusive deal just for you: 3 months of streaming for free, click here",
    "Claim your free gift card worth 250 today, offer expires in 2 hours",
    "Bitcoin investment opportunity, double your money in 7 days guaranteed!",
    "URGENT! Your mobile number has won 2000. To claim call 555-0166 before 5pm",
    "Get rich quick!!! Our members made 10000 last month",
    "Your computer is infected! Download our cleaner now at www.fix-pc.test",
    "Last chance to claim your prize, reply CLAIM now",
    "You've been chosen for a cash reward. No purchase necessary. Details at http://cash-reward.test",
    "Buy 1 get 3 free on all supplements this weekend only!!!",
    "Congratulations, your email was selected in our international lottery. Send your name and address to claim 1,500,000",
    "Re: your invoice. Open the attached file to see the overdue amount immediately",
    "Stop paying too much for car insurance! Compare 50 quotes in 1 minute",
    "Dear friend, I need your help to transfer 4.5 million dollars, you will get 30%",
    "Your account has been credited with 100 bonus points, redeem at https://points.example.org",
    "Hurry! Only 3 spots left in our free investment webinar",
    "ALERT: suspicious login detected. Reset now at http://account-reset.test",
    "Get a university degree in 2 weeks, no exams, call 555-0199",
    "You qualify for debt relief! Cut your debt by 70% today",
    "Double your followers overnight, guaranteed results, 9.99 only",
    "Your package is on hold. Update your delivery preferences at www.track-parcel.test",
    "SALE SALE SALE!!! Everything must go, up to 95% off",
    "Reply STOP to end. Free ringtones every week for only 4.50",
    "Win a brand new car! Enter now at http://car-giveaway.test, 1 winner every hour",
    "Pre-approved credit card with 0% interest, apply in minutes",
    "Your subscription has expired! Renew now to avoid losing your photos forever: http://cloud-renew.test",
    "This is not a scam! Earn 300 per day filling in surveys",
    "Cheap flights!!! London to New York from 49, book before it's gone",
    "Important: confirm your identity or your card will be blocked today",
    "Work from home opportunity, be your own boss, unlimited income",
    "Congrats!! Your number won our monthly jackpot of 750. Call 555-0132 to claim",
    "Limited time: free trial of miracle skin cream, just pay shipping",
    "Your voicemail box is full. Listen to your 3 new messages at www.voicemail-box.test",
    "Get paid to shop! Claim your first 50 voucher now",
]

FIRST_NAMES = ["Sam", "Priya", "Tom", "Aisha", "Leo", "Maya", "Ben", "Chloe", "Omar", "Nina",
               "Jack", "Zoe", "Ravi", "Ella", "Dan", "Mei", "Luca", "Hannah", "Kofi", "Ruth"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PLACES = ["the station", "the office", "the cafe on the corner", "the school gate",
          "the library", "the gym", "the car park", "reception"]
THINGS = ["the report", "the photos", "the tickets", "the spreadsheet", "the notes",
          "the receipts", "the floor plan", "the minutes"]
SHOPS = ["Green Grocer", "Book Nook", "Hardware Hub", "City Pharmacy", "Corner Deli"]

HAM_TEMPLATES = [
    "Hi {name}, can we meet at {place} at {hour}?",
    "{name} will drop off {thing} on {day}",
    "Thanks {name}, I got {thing}, all looks good",
    "Reminder: {name}'s party is on {day} at {hour}",
    "Can you send {thing} to {name} before {day}?",
    "I'm at {place}, where are you?",
    "See you at {place} on {day}, {name} is coming too",
    "Receipt from {shop}: {count} items, total {price}. Thank you for shopping with us",
    "{shop}: your order {order} is ready to collect",
    "Your appointment is booked for {day} at {hour}. Reply to this message if you need to change it",
    "{name} asked if you can call back after {hour}",
    "Running late, be at {place} by {hour}",
]

SPAM_TEMPLATES = [
    "WIN {prize} in cash!!! Text WIN to {phone} now",
    "Congratulations {name}! You have won {prize}. Claim at {url}",
    "URGENT: confirm your account within {hours} hours at {url} or it will be closed",
    "{percent}% OFF everything today only! Shop now at {url}",
    "Your {thing2} payment failed. Update your card at {url} to avoid a {price} fee",
    "Dear customer, you are owed {prize}. Call {phone} to claim your refund",
    "FREE {gift} for the first {count} people to reply! Offer ends in {hours} hours",
    "Limited offer: earn {prize} a week from home. Join at {url}",
]
PRIZES = ["500", "1000", "2,500", "5000", "750", "10,000"]
GIFTS = ["iPad", "gift card", "holiday", "laptop", "phone"]
SPAM_THINGS = ["streaming", "delivery", "phone bill", "insurance", "storage"]
URL_HOSTS = ["win-big.test", "claim-now.test", "offers.example.com", "deal-of-the-day.test",
             "secure-login.test", "prize-centre.test"]


def fill(template, rng):
    return template.format(
        name=rng.choice(FIRST_NAMES), day=rng.choice(DAYS), place=rng.choice(PLACES),
        thing=rng.choice(THINGS), shop=rng.choice(SHOPS), thing2=rng.choice(SPAM_THINGS),
        hour=f"{rng.randint(7, 20)}:{rng.choice(['00', '15', '30', '45'])}",
        count=rng.randint(2, 12), price=f"{rng.randint(2, 90)}.{rng.randint(0, 99):02d}",
        order=rng.randint(1000, 9999), prize=rng.choice(PRIZES), gift=rng.choice(GIFTS),
        phone=f"555-01{rng.randint(0, 99):02d}", percent=rng.choice([50, 70, 80, 90]),
        hours=rng.choice([2, 12, 24, 48]),
        url=f"{rng.choice(['http://', 'https://', 'www.'])}{rng.choice(URL_HOSTS)}/{rng.choice(['claim', 'offer', 'verify', 'win'])}",
    )


def generated(templates, how_many, rng, taken):
    messages = []
    while len(messages) < how_many:
        text = fill(rng.choice(templates), rng)
        if text not in taken:
            taken.add(text)
            messages.append(text)
    return messages


def main():
    rng = random.Random(2026)
    taken = set(HAM_BY_HAND) | set(SPAM_BY_HAND)
    rows = [("ham", text) for text in HAM_BY_HAND + generated(HAM_TEMPLATES, 95, rng, taken)]
    rows += [("spam", text) for text in SPAM_BY_HAND + generated(SPAM_TEMPLATES, 55, rng, taken)]
    rng.shuffle(rows)
    target = pathlib.Path(__file__).resolve().parents[2] / "projects/spam-detection/data/messages.csv"
    with open(target, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["label", "text"])
        writer.writerows(rows)
    spam = sum(label == "spam" for label, _ in rows)
    print(f"{len(rows)} messages ({len(rows) - spam} ham, {spam} spam) written to {target}")


if __name__ == "__main__":
    main()
