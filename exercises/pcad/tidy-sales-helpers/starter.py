# TODO: tidy this module up for the team repository (see README.md): PEP 8
#       names, layout and comparisons, PEP 257 docstrings. Keep what it does.
import os, sys
import statistics
VatRate=0.2
def NetToGross( amountCents ):
  return round(amountCents*(1+VatRate))
def average_basket(Baskets):
    if Baskets == None or len(Baskets)==0: return None
    return statistics.mean(Baskets)
class sales_day:
    def __init__(self,Day,tickets):
        self.day=Day; self.tickets=tickets
    def Total(self):
        t=0
        for l in self.tickets: t=t+l
        return t
    def is_busy(self,threshold=100000):
        '''busy day?'''
        return (self.Total()>=threshold) == True
def parse_amount(text):
    try:
        return round(float(text.strip().replace(",", "."))*100)
    except: return None
