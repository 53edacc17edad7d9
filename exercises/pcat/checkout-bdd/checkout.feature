Feature: Checkout at the Green Leaf tea shop
  As a tea lover
  I want to see what I will pay before I pay it
  So that vouchers and shipping hold no surprises

  Rule: Shipping costs 4.90 € below 50.00 €, counted after the voucher

    Scenario: A small order pays for shipping
      Given a cart with 2 "Sencha 100 g" at 8.50 €
      When I check out
      Then the subtotal is 17.00 €
      And shipping is 4.90 €
      And the total is 21.90 €

    Scenario: Shipping is free from exactly 50.00 €
      Given a cart with 1 "Matcha tin" at 50.00 €
      When I check out
      Then shipping is free
      And the total is 50.00 €

    Scenario: A voucher can bring an order below free shipping
      Given a cart with 1 "Cast-iron teapot" at 55.00 €
      And the voucher "TENOFF" is applied
      When I check out
      Then the discount is 10.00 €
      And shipping is 4.90 €
      And the total is 49.90 €

  Rule: TENOFF takes 10.00 € off a subtotal of at least 40.00 €

    Scenario: TENOFF on exactly 40.00 €
      Given a cart with 4 "Oolong 50 g" at 10.00 €
      And the voucher "TENOFF" is applied
      When I check out
      Then the discount is 10.00 €
      And the total is 34.90 €

    Scenario: TENOFF on less than 40.00 € is refused
      Given a cart with 1 "Oolong tin" at 39.99 €
      And the voucher "TENOFF" is applied
      When I check out
      Then I am told "TENOFF needs a subtotal of at least 40.00 €"

  Rule: WELCOME15 takes 15 % off the subtotal, rounded down to the cent

    Scenario Outline: WELCOME15 discounts
      Given a cart with 1 "Gift box" at <price>
      And the voucher "WELCOME15" is applied
      When I check out
      Then the discount is <discount>

      Examples:
        | price   | discount |
        | 10.00 € | 1.50 €   |
        | 33.33 € | 4.99 €   |
        | 0.06 €  | 0.00 €   |

  Rule: One voucher per order

    Scenario: A second voucher replaces the first
      Given a cart with 1 "Matcha tin" at 50.00 €
      And the voucher "TENOFF" is applied
      And the voucher "WELCOME15" is applied
      When I check out
      Then the discount is 7.50 €
      And the total is 47.40 €

    Scenario: An unknown voucher is refused
      Given a cart with 1 "Sencha 100 g" at 8.50 €
      When I apply the voucher "FREETEA"
      Then I am told "unknown voucher: FREETEA"
      And the checkout shows no discount

  Rule: The cart

    Scenario: The same tea added twice is one line
      Given a cart with 1 "Sencha 100 g" at 8.50 €
      When I add 2 more "Sencha 100 g" at 8.50 €
      Then the cart holds 3 "Sencha 100 g"
      And the subtotal is 25.50 €

    Scenario: Quantities below 1 are refused
      Given an empty cart
      When I add 0 "Sencha 100 g" at 8.50 €
      Then I am told the quantity is invalid
      And the cart holds 0 "Sencha 100 g"

    Scenario: An empty cart cannot be checked out
      Given an empty cart
      When I check out
      Then I am told "the cart is empty"
